// The shape of a catalogue: the English one is the source of the types, so every other language must match it
// key for key, and a message that takes parameters takes the same ones in every language.
export type Messages = typeof import('./en/index.ts').default;

/** The areas every page shows, the sign-in page and the signed-in frame included: loaded before the first render. */
export type FirstPaintMessages = typeof import('./en/first-paint.ts').default;

/** Every other area: each is its own chunk, loaded with the pages that show it (src/app/router.tsx). */
export type PageArea = Exclude<keyof Messages, keyof FirstPaintMessages>;

/** The page areas by name, so that reading one before it has loaded can say which. */
export const pageAreas = [
  'signIn',
  'users',
  'userList',
  'authKeys',
  'mfa',
  'permissions',
  'hygiene',
  'bulk',
  'roles',
  'forms',
] as const satisfies readonly PageArea[];

type UnlistedArea = Exclude<PageArea, (typeof pageAreas)[number]>;
/** A type error here names a page area that pageAreas above does not list. */
export const everyPageAreaListed: [UnlistedArea] extends [never] ? true : { unlisted: UnlistedArea } = true;
