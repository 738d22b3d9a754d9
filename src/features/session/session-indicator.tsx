// The header's account area: who is signed in, to which operator, which API (local sandbox or Soracom coverage), and sign-out.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useSession } from './use-session.ts';
import { useSignOut } from './use-sign-out.ts';
import { consoleConfigOptions, describeApi } from './console-config-queries.ts';
import type { Session } from '../../api/session-store.ts';

export function describeWho(session: Session): string {
  if (session.method === 'root') return session.identity ? `root (${session.identity})` : 'root';
  if (session.method === 'authKey') return `${session.userName ?? 'SAM user'} (AuthKey)`;
  return session.userName ?? 'SAM user';
}

export function SessionIndicator() {
  const session = useSession();
  const config = useQuery(consoleConfigOptions());
  const signOut = useSignOut();
  const local = config.data?.mode === 'local';
  return (
    <div className="session-indicator">
      <span className={local ? 'badge badge--local' : 'badge badge--upstream'} title="Where the API calls go">
        {describeApi(config.data)}
      </span>
      {session ? (
        <>
          <span className="session-indicator__who">
            <span className="visually-hidden">Signed in as </span>
            {session.userName ? (
              // A SAM user's own page: where they change their password or set up MFA.
              <Link
                to={`/users/${encodeURIComponent(session.userName)}/overview`}
                className="session-indicator__me"
              >
                <strong>{describeWho(session)}</strong>
              </Link>
            ) : (
              <strong>{describeWho(session)}</strong>
            )}
            <span className="session-indicator__operator">
              <span className="visually-hidden">, operator </span>
              <span aria-hidden="true"> · </span>
              <span className="mono">{session.operatorId}</span>
            </span>
          </span>
          <button
            type="button"
            className="button button--small"
            onClick={() => signOut.mutate()}
            disabled={signOut.isPending}
          >
            {signOut.isPending ? 'Signing out…' : 'Sign out'}
          </button>
        </>
      ) : null}
    </div>
  );
}
