// @vitest-environment jsdom
// The sign-in page against the real local API: the three methods, the MFA step, errors, the demo hint and the way back.
import { beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as OTPAuth from 'otpauth';
import { setUpLiveApi } from '../../test/set-up-live-api.ts';
import { renderWithApp } from '../../test/render-with-app.tsx';
import {
  clearSession,
  configureApi,
  createUser,
  createUserPassword,
  enableUserMFA,
  generateUserAuthKey,
  readSession,
  verifyUserMFA,
  writeSession,
} from '../../api/index.ts';
import { SignInPage } from './sign-in-page.tsx';

const ROOT = { email: 'root@test.sam-console.local', password: 'test-root-password' };
const live = setUpLiveApi();
beforeEach(() => {
  clearSession();
  localStorage.clear();
});

function renderSignIn(url = '/sign-in?next=%2Fusers%2Falice%2Fpassword') {
  return renderWithApp(<SignInPage />, { path: '/sign-in', url });
}

async function asRoot<T>(work: () => Promise<T>): Promise<T> {
  writeSession(live.rootSession);
  try {
    return await work();
  } finally {
    clearSession();
  }
}

/** A SAM user with the password `<name>-pass-1` and MFA on; answers their authenticator. */
function mfaUser(userName: string): Promise<OTPAuth.TOTP> {
  return asRoot(async () => {
    await createUser({ userName });
    await createUserPassword({ userName, password: `${userName}-pass-1` });
    const { totpUri } = await enableUserMFA({ userName });
    const totp = OTPAuth.URI.parse(totpUri);
    if (!(totp instanceof OTPAuth.TOTP)) throw new Error('not TOTP');
    await verifyUserMFA({ userName, mfaOTPCode: totp.generate() });
    return totp;
  });
}

/** Fills the SAM user form with `userName` and its password and presses Sign in; answers the form. */
async function submitSamUser(user: ReturnType<typeof userEvent.setup>, userName: string) {
  const form = screen.getByRole('form', { name: 'Sign in as a SAM user' });
  await user.type(within(form).getByLabelText('Operator ID'), live.operatorId);
  await user.type(within(form).getByLabelText('User name'), userName);
  await user.type(within(form).getByLabelText('Password'), `${userName}-pass-1`);
  await user.click(within(form).getByRole('button', { name: 'Sign in' }));
  return form;
}

/** Points the API at the real server, noting each sign-in it is sent: its MFA code, or 'password' without one. */
function countSignIns(): string[] {
  const signIns: string[] = [];
  configureApi({
    origin: live.origin,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      if (new URL(request.url).pathname === '/v1/auth') {
        const body = (await request.clone().json()) as { mfaOTPCode?: string };
        signIns.push(body.mfaOTPCode ?? 'password');
      }
      return fetch(request);
    },
  });
  return signIns;
}

describe('SignInPage', () => {
  it('signs root in, keeps the session in localStorage (shared by every tab) and returns to `next`', async () => {
    const user = userEvent.setup();
    renderSignIn();
    const form = screen.getByRole('form', { name: 'Sign in as the root user' });
    await user.type(within(form).getByLabelText('Email'), ROOT.email);
    await user.type(within(form).getByLabelText('Password'), ROOT.password);
    await user.click(within(form).getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByTestId('location')).toHaveTextContent('/users/alice/password');
    expect(readSession()).toMatchObject({
      method: 'root',
      identity: ROOT.email,
      operatorId: live.operatorId,
    });
    // The token and its end are stored for every tab; the password never is.
    const stored = JSON.parse(localStorage.getItem('sam-console.session') ?? '{}') as Record<string, unknown>;
    expect(stored).toMatchObject({ method: 'root', operatorId: live.operatorId });
    expect(stored.expiresAt).toBeGreaterThan(Date.now());
    expect(sessionStorage.length).toBe(0);
    expect(JSON.stringify({ ...localStorage })).not.toContain(ROOT.password);
  });

  it('fills in a SAM sign-in link, and the form of a session that ended, never its password', async () => {
    renderSignIn('/sign-in?method=user&operatorId=OP0000LINK01&userName=linked-user');
    let form = screen.getByRole('form', { name: 'Sign in as a SAM user' });
    expect(within(form).getByLabelText('Operator ID')).toHaveValue('OP0000LINK01');
    expect(within(form).getByLabelText('User name')).toHaveValue('linked-user');
    cleanup();

    writeSession({
      apiKey: 'k',
      token: 't',
      operatorId: 'OP0000ENDED1',
      userName: 'ended-user',
      method: 'user',
    });
    clearSession('expired');
    renderSignIn('/sign-in?method=user&reason=expired');
    expect(screen.getByText(/Your session ended./)).toBeVisible();
    form = screen.getByRole('form', { name: 'Sign in as a SAM user' });
    expect(within(form).getByLabelText('Operator ID')).toHaveValue('OP0000ENDED1');
    expect(within(form).getByLabelText('User name')).toHaveValue('ended-user');
    expect(within(form).getByLabelText('Password')).toHaveValue('');
  });

  it('checks empty fields before calling the server', async () => {
    const user = userEvent.setup();
    renderSignIn();
    const form = screen.getByRole('form', { name: 'Sign in as the root user' });
    await user.click(within(form).getByRole('button', { name: 'Sign in' }));
    expect(await within(form).findByText('Enter the email address.')).toBeInTheDocument();
    expect(within(form).getByText('Enter the password.')).toBeInTheDocument();
    expect(within(form).getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows the server message for wrong credentials and stores nothing', async () => {
    const user = userEvent.setup();
    renderSignIn();
    const form = screen.getByRole('form', { name: 'Sign in as the root user' });
    await user.type(within(form).getByLabelText('Email'), ROOT.email);
    await user.type(within(form).getByLabelText('Password'), 'wrong-password');
    await user.click(within(form).getByRole('button', { name: 'Sign in' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Sign-in failed: the credentials are not correct.',
    );
    expect(readSession()).toBeNull();
  });

  it('keeps no typed password in the mutation cache once the sign-in page is left', async () => {
    const user = userEvent.setup();
    const { client, unmount } = renderSignIn();
    const form = screen.getByRole('form', { name: 'Sign in as the root user' });
    await user.type(within(form).getByLabelText('Email'), ROOT.email);
    await user.type(within(form).getByLabelText('Password'), 'nearly-the-password');
    await user.click(within(form).getByRole('button', { name: 'Sign in' }));
    await within(form).findByRole('alert');
    const holdsPassword = () =>
      client
        .getMutationCache()
        .getAll()
        .some((mutation) => JSON.stringify(mutation.state.variables ?? null).includes('nearly-the-password'));
    expect(holdsPassword()).toBe(true);
    unmount();
    await waitFor(() => expect(holdsPassword()).toBe(false));
  });

  it('asks a SAM user with MFA for the code in a second step, and signs in once six digits are in', async () => {
    const secret = await mfaUser('mfa-user');
    const user = userEvent.setup();
    renderSignIn('/sign-in?method=user');
    await submitSamUser(user, 'mfa-user');

    const step = await screen.findByRole('form', { name: 'Enter your MFA code' });
    expect(within(step).queryByRole('alert')).toBeNull();
    const codeField = within(step).getByLabelText('MFA code');
    expect(codeField).toHaveFocus();
    expect(codeField).toHaveAccessibleDescription(/sent as soon as all six digits are in/);
    await user.type(codeField, '12');
    await user.click(within(step).getByRole('button', { name: 'Verify and sign in' }));
    expect(
      await within(step).findByText('Enter the 6-digit code from your authenticator app.'),
    ).toBeInTheDocument();

    // The next step's code: inside the accepted window and not yet used by the enrolment. It goes by itself at six.
    await user.clear(codeField);
    await user.type(codeField, secret.generate({ timestamp: Date.now() + 30_000 }));
    // No `next`: the landing route, which picks the list or the user's own page.
    expect(await screen.findByTestId('location')).toHaveTextContent(/^\/$/);
    expect(readSession()).toMatchObject({
      method: 'user',
      userName: 'mfa-user',
      operatorId: live.operatorId,
    });
  });

  it('takes an MFA code pasted with a space in the middle, as authenticator apps show it', async () => {
    const secret = await mfaUser('mfa-paste');
    const user = userEvent.setup();
    renderSignIn('/sign-in?method=user');
    await submitSamUser(user, 'mfa-paste');

    const step = await screen.findByRole('form', { name: 'Enter your MFA code' });
    const code = secret.generate({ timestamp: Date.now() + 30_000 });
    await user.click(within(step).getByLabelText('MFA code'));
    // Pasted whole, it goes by itself: no button to press.
    await user.paste(`${code.slice(0, 3)} ${code.slice(3)}`);
    // No `next`: the landing route, which picks the list or the user's own page.
    expect(await screen.findByTestId('location')).toHaveTextContent(/^\/$/);
    expect(readSession()).toMatchObject({ method: 'user', userName: 'mfa-paste' });
  });

  it('sends a six-digit code once, shows a refused one plainly and empties the field for the next', async () => {
    const secret = await mfaUser('mfa-wrong');
    // The real server, with every sign-in counted.
    const signIns = countSignIns();
    try {
      const user = userEvent.setup();
      renderSignIn('/sign-in?method=user');
      await submitSamUser(user, 'mfa-wrong');
      const step = await screen.findByRole('form', { name: 'Enter your MFA code' });
      const codeField = within(step).getByLabelText('MFA code');

      // A wrong code, with Enter pressed straight after the sixth digit: sent once, refused, the field emptied.
      const near = new Set(
        [-1, 0, 1].map((steps) => secret.generate({ timestamp: Date.now() + steps * 30_000 })),
      );
      const wrong = ['000000', '111111', '222222', '333333'].find((code) => !near.has(code)) ?? '444444';
      await user.type(codeField, `${wrong}{Enter}`);
      expect(await within(step).findByRole('alert')).toHaveTextContent('the MFA code is not correct');
      expect(signIns).toEqual(['password', wrong]);
      expect(codeField).toHaveValue('');
      expect(codeField).toHaveAttribute('aria-invalid', 'true');
      await waitFor(() => expect(codeField).toHaveFocus());

      // The next code goes by itself, once.
      const right = secret.generate({ timestamp: Date.now() + 30_000 });
      await user.type(codeField, right);
      expect(await screen.findByTestId('location')).toHaveTextContent(/^\/$/);
      expect(signIns).toEqual(['password', wrong, right]);
      expect(readSession()).toMatchObject({ method: 'user', userName: 'mfa-wrong' });
    } finally {
      configureApi({ origin: live.origin });
    }
  });

  it('stays busy after a right code while the next page loads: an Enter meanwhile sends nothing again', async () => {
    const secret = await mfaUser('mfa-leaving');
    const signIns = countSignIns();
    try {
      const user = userEvent.setup();
      // The page on every path: after the sign-in it is still on screen, as it is while the next page's code loads.
      renderWithApp(<SignInPage />, { path: '*', url: '/sign-in?method=user' });
      await submitSamUser(user, 'mfa-leaving');
      const step = await screen.findByRole('form', { name: 'Enter your MFA code' });
      const right = secret.generate({ timestamp: Date.now() + 30_000 });
      await user.type(within(step).getByLabelText('MFA code'), right);
      await waitFor(() => expect(readSession()).toMatchObject({ userName: 'mfa-leaving' }));
      await user.keyboard('{Enter}');
      await user.click(within(step).getByRole('button', { name: 'Verifying…' }));
      expect(within(step).getByRole('button', { name: 'Verifying…' })).toBeDisabled();
      expect(signIns).toEqual(['password', right]);
      expect(within(step).queryByRole('alert')).toBeNull();
    } finally {
      configureApi({ origin: live.origin });
    }
  });

  it('offers the MFA code in the same form when an upstream refuses with a code of its own', async () => {
    const secret = await mfaUser('mfa-upstream');
    // The real server, with its own "MFA code needed" code replaced by one the console cannot know.
    configureApi({
      origin: live.origin,
      fetch: async (input, init) => {
        const response = await fetch(new Request(input, init));
        if (response.status !== 401) return response;
        const body = (await response.json()) as { code: string; message: string };
        const code = body.code === 'SAM0104' ? 'XYZ9999' : body.code;
        return Response.json({ code, message: 'Authentication failed.' }, { status: 401 });
      },
    });
    try {
      const user = userEvent.setup();
      renderSignIn('/sign-in?method=user');
      const form = await submitSamUser(user, 'mfa-upstream');

      expect(await within(form).findByRole('alert')).toHaveTextContent('Authentication failed.');
      const codeField = within(form).getByLabelText('MFA code (if MFA is on)');
      expect(codeField).toHaveAccessibleDescription(/check the operator ID, user name and password/);
      expect(within(form).getByLabelText('Password')).toHaveValue('mfa-upstream-pass-1');
      await user.type(codeField, '12');
      await user.click(within(form).getByRole('button', { name: 'Sign in' }));
      expect(
        await within(form).findByText('Enter the 6-digit code from your authenticator app.'),
      ).toBeVisible();
      await user.clear(codeField);
      await user.type(codeField, secret.generate({ timestamp: Date.now() + 30_000 }));
      await user.click(within(form).getByRole('button', { name: 'Sign in' }));
      // No `next`: the landing route, which picks the list or the user's own page.
      expect(await screen.findByTestId('location')).toHaveTextContent(/^\/$/);
      expect(readSession()).toMatchObject({ method: 'user', userName: 'mfa-upstream' });
    } finally {
      configureApi({ origin: live.origin });
    }
  });

  it('signs in with an AuthKey', async () => {
    const key = await asRoot(async () => {
      await createUser({ userName: 'key-user' });
      return generateUserAuthKey({ userName: 'key-user' });
    });
    const user = userEvent.setup();
    renderSignIn('/sign-in?method=authKey&next=%2Fusers');
    const form = screen.getByRole('form', { name: 'Sign in with an AuthKey' });
    await user.type(within(form).getByLabelText('AuthKey ID'), key.authKeyId);
    await user.type(within(form).getByLabelText('AuthKey secret'), key.authKey);
    await user.click(within(form).getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByTestId('location')).toHaveTextContent('/users');
    expect(readSession()).toMatchObject({ method: 'authKey', userName: 'key-user', identity: key.authKeyId });
  });

  it('after too many wrong secrets, says how long to wait (from the 429 and its Retry-After)', async () => {
    const user = userEvent.setup();
    renderSignIn('/sign-in?method=authKey');
    const form = screen.getByRole('form', { name: 'Sign in with an AuthKey' });
    await user.type(within(form).getByLabelText('AuthKey ID'), 'keyId-throttled-in-this-test');
    const secret = within(form).getByLabelText('AuthKey secret');
    const button = within(form).getByRole('button', { name: 'Sign in' });
    // The local API lets 5 failures through, then makes the account wait 1 s, 2, 4, 8...: on a busy machine typing
    // the next secret can outlast the first waits, but not the 8 s one, so the 10th try at the latest is refused.
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await user.clear(secret);
      await user.type(secret, `secret-wrong-${attempt}`);
      await user.click(button);
      const alert = await within(form).findByRole('alert');
      await waitFor(() => expect(button).toBeEnabled(), { timeout: 15_000 });
      if (/Too many attempts/.test(alert.textContent ?? '')) break;
    }
    expect(within(form).getByRole('alert')).toHaveTextContent(/^Too many attempts, try again in \d+ s\.$/);
    expect(readSession()).toBeNull();
  });

  it('says the session ended when sent back by a 401, and never follows `next` off the app', async () => {
    const user = userEvent.setup();
    renderSignIn('/sign-in?next=https%3A%2F%2Fevil.example%2F&reason=expired');
    expect(screen.getByText(/Your session ended./)).toHaveAttribute('role', 'alert');
    const form = screen.getByRole('form', { name: 'Sign in as the root user' });
    await user.type(within(form).getByLabelText('Email'), ROOT.email);
    await user.type(within(form).getByLabelText('Password'), ROOT.password);
    await user.click(within(form).getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByTestId('location')).toHaveTextContent(/^\/$/);
  });

  it('in local mode, says how to sign in to the demo operator', async () => {
    renderSignIn();
    const hint = await screen.findByRole('complementary', { name: 'Local sandbox' });
    expect(hint).toHaveTextContent(ROOT.email);
    expect(screen.getByText(/This console talks to the/)).toHaveTextContent('Local sandbox');
  });

  it('switches the page and the API messages to Japanese with one setting, and remembers it', async () => {
    const user = userEvent.setup();
    renderSignIn();
    await user.selectOptions(screen.getByLabelText('Language'), 'ja');
    expect(await screen.findByRole('heading', { name: 'サインイン' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ja');
    expect(localStorage.getItem('sam-console.lang')).toBe('ja');
    const form = screen.getByRole('form', { name: 'ルートユーザーとしてサインイン' });
    await user.type(within(form).getByLabelText('メールアドレス'), ROOT.email);
    await user.type(within(form).getByLabelText('パスワード'), 'wrong-password');
    await user.click(within(form).getByRole('button', { name: 'サインイン' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('サインインに失敗しました');
    await user.clear(within(form).getByLabelText('パスワード'));
    await user.click(within(form).getByRole('button', { name: 'サインイン' }));
    expect(await within(form).findByText('パスワードを入力してください。')).toBeInTheDocument();
    await user.type(within(form).getByLabelText('パスワード'), ROOT.password);
    await user.click(within(form).getByRole('button', { name: 'サインイン' }));
    await screen.findByTestId('location');
    expect(readSession()).toMatchObject({ method: 'root' });
  });
});
