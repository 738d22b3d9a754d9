// The sign-in page: pick root, SAM user or AuthKey; after signing in, go back to the page that asked (`next`).
import { useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { TabLinks } from '../../components/tab-links.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { consoleConfigOptions, describeApi } from './console-config-queries.ts';
import { safeNextPath } from './session-end.ts';
import { useSignIn, type SignInVariables } from './use-sign-in.ts';
import { AuthKeySignInForm, RootSignInForm, SamUserSignInForm } from './sign-in-forms.tsx';
import {
  currentLang,
  setLanguageBeforeSignIn,
  type ApiLang,
  type SignInMethod,
} from '../../api/session-store.ts';
import type { ConsoleConfig } from '../../api/operations.ts';

const methods: { id: SignInMethod; label: string }[] = [
  { id: 'root', label: 'Root user' },
  { id: 'user', label: 'SAM user' },
  { id: 'authKey', label: 'AuthKey' },
];

function parseMethod(value: string | null): SignInMethod {
  return value === 'user' || value === 'authKey' ? value : 'root';
}

export function SignInPage() {
  usePageTitle('Sign in');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const method = parseMethod(params.get('method'));
  const next = safeNextPath(params.get('next'));
  const expired = params.get('reason') === 'expired';
  const config = useQuery(consoleConfigOptions());
  const signIn = useSignIn();
  const [lang, setLang] = useState<ApiLang>(currentLang);

  // isPending lands a render after the first click; a double click's second must not send the same one-time MFA
  // code again (its refusal would hide the first call's success, whose callbacks React Query then skips).
  const signingIn = useRef(false);
  const onSignIn = (variables: SignInVariables, callbacks?: { onError?: (error: unknown) => void }) => {
    if (signingIn.current) return;
    signingIn.current = true;
    signIn.mutate(variables, {
      onSuccess: () => {
        void navigate(next, { replace: true });
      },
      onError: callbacks?.onError,
      onSettled: () => {
        signingIn.current = false;
      },
    });
  };

  const linkTo = (id: SignInMethod) => {
    const search = new URLSearchParams(params);
    search.set('method', id);
    search.delete('reason');
    return `/sign-in?${search.toString()}`;
  };
  const formProps = { onSignIn, pending: signIn.isPending, error: signIn.error };

  return (
    <main id="main" className="sign-in">
      <div className="sign-in__panel">
        <p className="sign-in__brand" aria-hidden="true">
          SAM Console
        </p>
        <h1>Sign in</h1>
        <p className="muted">
          {config.data ? (
            <>
              This console talks to the <strong>{describeApi(config.data)}</strong>.
            </>
          ) : (
            'Administer the SAM users of your Soracom operator.'
          )}
        </p>
        {expired ? (
          <p className="notice notice--warning" role="alert">
            Your session ended. Sign in again to go back to where you were.
          </p>
        ) : null}
        <TabLinks
          label="How to sign in"
          items={methods.map((m) => ({ to: linkTo(m.id), label: m.label, active: m.id === method }))}
        />
        {/* key: switching method starts from a clean form and a clean error. */}
        <div className="sign-in__form" key={method}>
          {method === 'root' ? <RootSignInForm {...formProps} /> : null}
          {method === 'user' ? <SamUserSignInForm {...formProps} /> : null}
          {method === 'authKey' ? <AuthKeySignInForm {...formProps} /> : null}
        </div>
        <div className="field sign-in__lang">
          <label htmlFor="api-lang">Language of messages from the API</label>
          <select
            id="api-lang"
            value={lang}
            onChange={(event) => {
              const next: ApiLang = event.target.value === 'ja' ? 'ja' : 'en';
              setLang(next);
              setLanguageBeforeSignIn(next);
            }}
          >
            <option value="en">English</option>
            <option value="ja" lang="ja">
              日本語
            </option>
          </select>
        </div>
        {config.data?.mode === 'local' ? (
          <DemoHint config={config.data} onUse={onSignIn} pending={signIn.isPending} />
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
  return (
    <aside className="notice notice--info demo-hint" aria-labelledby="demo-hint-title">
      <h2 id="demo-hint-title" className="notice__title">
        Local sandbox
      </h2>
      {demo ? (
        <>
          <p>
            Sign in as the root user of the demo operator
            {demo.operatorId ? (
              <>
                {' '}
                (<span className="mono">{demo.operatorId}</span>)
              </>
            ) : null}
            :
          </p>
          <dl className="demo-hint__credentials">
            <dt>Email</dt>
            <dd className="mono">{demo.email}</dd>
            {demo.password ? (
              <>
                <dt>Password</dt>
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
              Sign in to the demo operator
            </button>
          ) : (
            <p className="muted">The password is the SAM_SEED_PASSWORD the server was started with.</p>
          )}
        </>
      ) : (
        <p>
          No demo operator was seeded. Start the server on an empty database with SAM_SEED_EMAIL and
          SAM_SEED_PASSWORD to create one.
        </p>
      )}
    </aside>
  );
}
