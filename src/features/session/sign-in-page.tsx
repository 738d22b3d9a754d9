// The sign-in page: pick root, SAM user or AuthKey; after signing in, go back to the page that asked (`next`).
import { useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { TabLinks } from '../../components/tab-links.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { consoleConfigOptions, describeApi } from './console-config-queries.ts';
import { paths, safeNextPath } from '../../lib/paths.ts';
import { useSignIn, type SignInVariables } from './use-sign-in.ts';
import {
  AuthKeySignInForm,
  RootSignInForm,
  SamUserSignInForm,
  type SignInFormProps,
} from './sign-in-forms.tsx';
import { readLastOperatorId, type EndedSession, type SignInMethod } from '../../api/session-store.ts';
import { useSessionState } from '../../api/use-session.ts';
import { IDLE_SIGN_OUT_MINUTES } from './session-timing.ts';
import type { ConsoleConfig } from '../../api/operations.ts';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { useMessages } from '../../i18n/use-i18n.ts';

const methods: SignInMethod[] = ['root', 'user', 'authKey'];

function parseMethod(value: string | null): SignInMethod {
  return value === 'user' || value === 'authKey' ? value : 'root';
}

/**
 * What the form starts with: a sign-in link's operatorId and userName first, then the session that ended (when it
 * signed in the same way), then the operator ID last used. Never a password or secret.
 */
export function initialValues(
  params: URLSearchParams,
  ended: EndedSession | null,
  method: SignInMethod,
  lastOperatorId: string | null = readLastOperatorId(),
): NonNullable<SignInFormProps['initial']> {
  const same = ended?.method === method ? ended : null;
  const operatorId = params.get('operatorId') ?? same?.operatorId ?? lastOperatorId ?? undefined;
  const userName = params.get('userName') ?? (method === 'user' ? same?.userName : undefined);
  const identity = same?.identity;
  return {
    ...(operatorId ? { operatorId } : {}),
    ...(userName ? { userName } : {}),
    ...(method === 'root' && identity ? { email: identity } : {}),
    ...(method === 'authKey' && identity ? { authKeyId: identity } : {}),
  };
}

export function SignInPage() {
  const m = useMessages();
  usePageTitle(m.signIn.title);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const method = parseMethod(params.get('method'));
  const next = safeNextPath(params.get('next'));
  const reason = params.get('reason');
  const { endedSession } = useSessionState();
  const initial = initialValues(params, endedSession, method);
  const config = useQuery(consoleConfigOptions());
  const signIn = useSignIn();

  // isPending lands a render after the first click; a double click's second must not send the same one-time MFA
  // code again (its refusal would hide the first call's success, whose callbacks React Query then skips). After a
  // success the page is on its way out but may stay on screen while the next page loads: it stays busy, so an Enter
  // pressed meanwhile does not send the spent code again.
  const signingIn = useRef(false);
  const onSignIn = (variables: SignInVariables, callbacks?: { onError?: (error: unknown) => void }) => {
    if (signingIn.current) return;
    signingIn.current = true;
    signIn.mutate(variables, {
      onSuccess: () => {
        void navigate(next, { replace: true });
      },
      onError: (error) => {
        signingIn.current = false;
        callbacks?.onError?.(error);
      },
    });
  };

  const linkTo = (id: SignInMethod) => {
    const search = new URLSearchParams(params);
    search.set('method', id);
    search.delete('reason');
    return `${paths.signIn()}?${search.toString()}`;
  };
  const busy = signIn.isPending || signIn.isSuccess;
  const formProps = { onSignIn, pending: busy, error: signIn.error, initial };

  return (
    <main id="main" className="sign-in">
      <div className="sign-in__panel">
        <div className="sign-in__top">
          <p className="sign-in__brand" aria-hidden="true">
            {m.signIn.brand}
          </p>
          <LanguageSwitch className="sign-in__lang" />
        </div>
        <h1>{m.signIn.title}</h1>
        <p className="muted">
          {config.data ? (
            <>
              {m.signIn.talksToBefore}
              <strong>{describeApi(config.data, m.session.api)}</strong>
              {m.signIn.talksToAfter}
            </>
          ) : (
            m.signIn.intro
          )}
        </p>
        {reason === 'expired' || reason === 'idle' ? (
          <p className="notice notice--warning" role="alert">
            {reason === 'idle' ? m.signIn.idle({ minutes: IDLE_SIGN_OUT_MINUTES }) : m.signIn.expired}
          </p>
        ) : null}
        <TabLinks
          label={m.signIn.methodsLabel}
          items={methods.map((id) => ({
            to: linkTo(id),
            label: m.signIn.methods[id],
            active: id === method,
          }))}
        />
        {/* key: switching method starts from a clean form and a clean error. */}
        <div className="sign-in__form" key={method}>
          {method === 'root' ? <RootSignInForm {...formProps} /> : null}
          {method === 'user' ? <SamUserSignInForm {...formProps} /> : null}
          {method === 'authKey' ? <AuthKeySignInForm {...formProps} /> : null}
        </div>
        <p className="muted sign-in__idle-rule">{m.signIn.idleRule({ minutes: IDLE_SIGN_OUT_MINUTES })}</p>
        {config.data?.mode === 'local' ? (
          <DemoHint config={config.data} onUse={onSignIn} pending={busy} />
        ) : null}
      </div>
    </main>
  );
}

function DemoHint({
  config,
  onUse,
  pending,
}: {
  config: ConsoleConfig;
  onUse: (variables: SignInVariables) => void;
  pending: boolean;
}) {
  const demo = config.demo;
  const m = useMessages().signIn.demo;
  return (
    <aside className="notice notice--info demo-hint" aria-labelledby="demo-hint-title">
      <h2 id="demo-hint-title" className="notice__title">
        {m.title}
      </h2>
      {demo ? (
        <>
          <p>
            {m.signInAs}
            {demo.operatorId ? (
              <>
                {' '}
                (<span className="mono">{demo.operatorId}</span>)
              </>
            ) : null}
            :
          </p>
          <dl className="demo-hint__credentials">
            <dt>{m.email}</dt>
            <dd className="mono">{demo.email}</dd>
            {demo.password ? (
              <>
                <dt>{m.password}</dt>
                <dd className="mono">{demo.password}</dd>
              </>
            ) : null}
          </dl>
          {demo.password ? (
            <button
              type="button"
              className="button"
              disabled={pending}
              onClick={() =>
                onUse({
                  method: 'root',
                  identity: demo.email,
                  request: { email: demo.email, password: demo.password ?? '' },
                })
              }
            >
              {m.use}
            </button>
          ) : (
            <p className="muted">{m.passwordFromEnv}</p>
          )}
        </>
      ) : (
        <p>{m.noOperator}</p>
      )}
    </aside>
  );
}
