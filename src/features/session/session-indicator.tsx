// The header's account area: who is signed in, to which operator, which API (local sandbox or Soracom coverage), and sign-out.
import { Suspense, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useSession } from '../../api/use-session.ts';
import { paths } from '../../lib/paths.ts';
import { useSignOut } from './use-sign-out.ts';
import { consoleConfigOptions, describeApi } from './console-config-queries.ts';
import type { Session } from '../../api/session-store.ts';
import type { Messages } from '../../i18n/messages/messages.ts';
import { useMessages } from '../../i18n/use-i18n.ts';
import { withPageAreas } from '../../i18n/i18n-store.ts';
import { lazyOnIntent, preloadOnIntent } from '../../components/lazy-on-intent.ts';

// The switch dialog (and its user search) arrives when "Switch user" is pointed at, focused or clicked:
// the header is on every page's first load, the dialog is not.
const SwitchUserDialog = lazyOnIntent(
  withPageAreas(() => import('./switch-user-dialog.tsx'), ['roles']),
  (module) => module.SwitchUserDialog,
);

export function describeWho(session: Session, m: Messages['session']['indicator']): string {
  if (session.method === 'root')
    return session.identity ? m.rootWithEmail({ email: session.identity }) : m.root;
  if (session.method === 'authKey') return m.withAuthKey({ userName: session.userName ?? m.samUser });
  return session.userName ?? m.samUser;
}

export function SessionIndicator() {
  const messages = useMessages();
  const m = messages.session;
  const [switching, setSwitching] = useState(false);
  const session = useSession();
  const config = useQuery(consoleConfigOptions());
  const signOut = useSignOut();
  const local = config.data?.mode === 'local';
  return (
    <div className="session-indicator">
      <span className={local ? 'badge badge--local' : 'badge badge--upstream'} title={m.api.where}>
        {describeApi(config.data, m.api)}
      </span>
      {session ? (
        <>
          <span className="session-indicator__who">
            <span className="visually-hidden">{m.indicator.signedInAs}</span>
            {session.userName ? (
              // A SAM user's own page: where they change their password or set up MFA.
              <Link to={paths.user(session.userName)} className="session-indicator__me">
                <strong>{describeWho(session, m.indicator)}</strong>
              </Link>
            ) : (
              <strong>{describeWho(session, m.indicator)}</strong>
            )}
            <span className="session-indicator__operator">
              <span className="visually-hidden">{m.indicator.operator}</span>
              <span aria-hidden="true"> · </span>
              <span className="mono">{session.operatorId}</span>
            </span>
          </span>
          {/* The Soracom API offers switching in both modes; the trust policy decides who may. */}
          <button
            type="button"
            className="button button--small"
            {...preloadOnIntent(SwitchUserDialog.preload)}
            onClick={() => setSwitching(true)}
          >
            {messages.session.indicator.switchUser}
          </button>
          {switching ? (
            <Suspense fallback={null}>
              <SwitchUserDialog onClose={() => setSwitching(false)} />
            </Suspense>
          ) : null}
          <button
            type="button"
            className="button button--small"
            onClick={() => signOut.mutate()}
            disabled={signOut.isPending}
          >
            {signOut.isPending ? m.indicator.signingOut : m.indicator.signOut}
          </button>
        </>
      ) : null}
    </div>
  );
}
