// A component test's SAM user signed in with an AuthKey of their own, with everything allowed but one API.
import {
  auth,
  generateUserAuthKey,
  readSession,
  sessionFromSignIn,
  updateUserPermission,
  writeSession,
  type Session,
} from '../api/index.ts';

/**
 * Gives `userName` (created by the signed-in root) a permission of everything but `denied`, and signs in with a new
 * AuthKey of theirs in root's place. Answers root's session, for the test to go back to.
 */
export async function signInWithOwnAuthKey(userName: string, denied: string): Promise<Session> {
  const root = readSession();
  if (!root) throw new Error('no root session');
  await updateUserPermission({
    userName,
    permission: JSON.stringify({
      statements: [
        { effect: 'allow', api: '*' },
        { effect: 'deny', api: denied },
      ],
    }),
  });
  const key = await generateUserAuthKey({ userName });
  const answer = await auth({ authKeyId: key.authKeyId, authKey: key.authKey });
  writeSession(sessionFromSignIn(answer, 'authKey', key.authKeyId));
  return root;
}
