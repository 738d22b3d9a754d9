// The session on every page: which API the console talks to, and the header's account area (the sign-in page's own
// texts are ./sign-in.ts).
export default {
  api: {
    unknown: 'API',
    local: 'Local sandbox',
    jp: 'Soracom · Japan coverage',
    g: 'Soracom · Global coverage',
    custom: 'Soracom · custom endpoint',
    where: 'Where the API calls go',
  },
  indicator: {
    signedOut: 'You are signed out.',
    signedInAs: 'Signed in as ',
    operator: ', operator ',
    root: 'root',
    rootWithEmail: (p: { email: string }) => `root (${p.email})`,
    samUser: 'SAM user',
    withAuthKey: (p: { userName: string }) => `${p.userName} (AuthKey)`,
    signOut: 'Sign out',
    signingOut: 'Signing out…',
    switchUser: 'Switch user…',
  },
};
