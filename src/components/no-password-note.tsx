// <NoPasswordNote/>: a user without a console password cannot sign in to the console with one; said plainly, with the
// way to set one when the principal may. The words are the caller's (the overview and the MFA tab say it differently).
import { Link } from 'react-router';
import { paths } from '../lib/paths.ts';
import { useSession } from '../api/use-session.ts';
import { useCapabilities } from '../queries/capabilities-queries.ts';

export interface NoPasswordTexts {
  noPassword: (p: { userName: string }) => string;
  noPasswordSelf: string;
  setPassword: string;
}

/** On the signed-in user's own account the note speaks to "you"; elsewhere it names the user. */
export function NoPasswordNote({ userName, texts }: { userName: string; texts: NoPasswordTexts }) {
  const self = useSession()?.userName === userName;
  const maySet = useCapabilities().can('User:createUserPassword', { userName }).kind !== 'denied';
  return (
    <p className="notice" role="note">
      {self ? texts.noPasswordSelf : texts.noPassword({ userName })}
      {maySet ? (
        <>
          {' '}
          <Link to={paths.user(userName, 'password')}>{texts.setPassword}</Link>
        </>
      ) : null}
    </p>
  );
}
