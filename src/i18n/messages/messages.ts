// The shape of a catalogue: the English one is the source of the types, so every other language must match it
// key for key, and a message that takes parameters takes the same ones in every language.
export type Messages = typeof import('./en/index.ts').default;

/** The areas loaded before the first render of any page: all that the sign-in page shows. */
export type FirstPaintMessages = typeof import('./en/first-paint.ts').default;

/** The areas only the signed-in pages show, loaded as a second part. */
export type SignedInMessages = typeof import('./en/signed-in.ts').default;

/** The signed-in areas by name, so that reading one before its part has loaded can say which part is missing. */
export const signedInAreas = [
  'users',
  'authKeys',
  'mfa',
  'permissions',
  'hygiene',
  'roles',
  'forms',
] as const satisfies readonly (keyof SignedInMessages)[];

type UnlistedArea = Exclude<keyof SignedInMessages, (typeof signedInAreas)[number]>;
/** A type error here names a signed-in area that signedInAreas above does not list. */
export const everySignedInAreaListed: [UnlistedArea] extends [never] ? true : { unlisted: UnlistedArea } =
  true;
