// The sign-in page: its forms, why a session ended, and the demo account of the local sandbox. Its own area, so
// signed-in pages do not wait for it. Add a key here and the same key in ../ja/sign-in.ts.
export default {
  title: 'Sign in',
  brand: 'SAM Console',
  talksToBefore: 'This console talks to the ',
  talksToAfter: '.',
  intro: 'Administer the SAM users of your Soracom operator.',
  expired: 'Your session ended. Sign in again to go back to where you were.',
  idle: (p: { minutes: number }) =>
    `You were signed out after ${p.minutes} minutes without activity. Sign in again to go back to where you were.`,
  idleRule: (p: { minutes: number }) =>
    `For your account's safety, the console signs you out after ${p.minutes} minutes without activity, in every tab.`,
  methodsLabel: 'How to sign in',
  methods: {
    root: 'Root user',
    user: 'SAM user',
    authKey: 'AuthKey',
  },
  submit: 'Sign in',
  submitting: 'Signing in…',
  rootForm: 'Sign in as the root user',
  userForm: 'Sign in as a SAM user',
  authKeyForm: 'Sign in with an AuthKey',
  mfaForm: 'Enter your MFA code',
  email: 'Email',
  password: 'Password',
  operatorId: 'Operator ID',
  operatorIdHint: 'Starts with OP, for example OP0012345678.',
  userName: 'User name',
  authKeyId: 'AuthKey ID',
  authKeyIdHint: 'Starts with keyId-.',
  authKeySecret: 'AuthKey secret',
  authKeySecretHint: 'Starts with secret-.',
  mfaIntro: (p: { userName: string }) =>
    `${p.userName} has multi-factor authentication turned on. Enter the current code from the authenticator app.`,
  mfaCode: 'MFA code',
  mfaCodeHint: 'It is sent as soon as all six digits are in. Spaces in a pasted code are ignored.',
  optionalMfaCode: 'MFA code (if MFA is on)',
  optionalMfaCodeHint:
    'The sign-in was refused: check the operator ID, user name and password. If this user has MFA turned on, also enter the current code from the authenticator app.',
  back: 'Back',
  verify: 'Verify and sign in',
  verifying: 'Verifying…',
  required: {
    email: 'Enter the email address.',
    password: 'Enter the password.',
    operatorId: 'Enter the operator ID.',
    userName: 'Enter the user name.',
    authKeyId: 'Enter the AuthKey ID.',
    authKeySecret: 'Enter the AuthKey secret.',
    mfaCode: 'Enter the 6-digit code from your authenticator app.',
  },
  demo: {
    title: 'Local sandbox',
    signInAs: 'Sign in as the root user of the demo operator',
    email: 'Email',
    password: 'Password',
    use: 'Sign in to the demo operator',
    passwordFromEnv: 'The password is the SAM_SEED_PASSWORD the server was started with.',
    noOperator:
      'No demo operator was seeded. Start the server on an empty database with SAM_SEED_EMAIL and SAM_SEED_PASSWORD to create one.',
  },
};
