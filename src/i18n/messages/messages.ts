// The shape of a catalogue: the English one is the source of the types, so every other language must match it
// key for key, and a message that takes parameters takes the same ones in every language.
export type Messages = typeof import('./en/index.ts').default;
