// @vitest-environment jsdom
// Component tests of the MFA tab against the real local API: set-up, a wrong code, leaving half-way, starting again,
// revoking; "you" on the signed-in user's own account, the name on another's; the note for a user without a password.
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { QueryClient } from '@tanstack/react-query';
import { Secret, TOTP } from 'otpauth';
import { auth, getUser, getUserMFAStatus, updateUserPermission } from '../../api/index.ts';
import { sessionFromSignIn, writeSession } from '../../api/session-store.ts';
import { userKeys } from '../../queries/query-keys.ts';
import { userDetailOptions } from '../../queries/user-queries.ts';
import { setUpLiveApi } from '../../test/set-up-live-api.ts';
import { freshUsers } from '../../test/fresh-users.ts';
import { signInWithOwnAuthKey } from '../../test/sign-in-with-auth-key.ts';
import { cacheText } from '../../test/cache-text.ts';
import MfaTab from './mfa-tab.tsx';
import { renderWithApp } from '../../test/render-with-app.tsx';

const live = setUpLiveApi();

const PASSWORD = 'mfa-tab-password-1';

const freshUser = freshUsers('mfa-user');

/** The tab on the user's page, as the app shows it (a router for its links, toasts). Answers the query client. */
function renderTab(userName: string): QueryClient {
  return renderWithApp(<MfaTab userName={userName} />, {
    path: '/users/:name/:tab',
    url: `/users/${userName}/mfa`,
  }).client;
}

/** Signs in as the user (a password, everything allowed) so the tab is about the signed-in user's own account. */
async function signInAs(userName: string): Promise<void> {
  await updateUserPermission({
    userName,
    permission: JSON.stringify({ statements: [{ effect: 'allow', api: '*' }] }),
  });
  const answer = await auth({ operatorId: live.operatorId, userName, password: PASSWORD });
  writeSession(sessionFromSignIn(answer, 'user', userName));
}

/** The secret as the page shows it for manual entry, without the grouping spaces. */
function shownSecret(): string {
  const grouped = screen.getByRole('group', { name: 'Secret key' }).querySelector('code')?.textContent ?? '';
  return grouped.replace(/ /g, '');
}

function codeFor(secret: string, offsetSteps = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({
    timestamp: Date.now() + offsetSteps * 30_000,
  });
}

describe('MfaTab', () => {
  beforeEach(() => writeSession(live.rootSession));

  it('walks through set-up: QR and secret, then a code; a wrong code stays on the step; a right one turns it on', async () => {
    const user = userEvent.setup();
    const userName = await freshUser();
    const client = renderTab(userName);
    expect(await screen.findByText('Off')).toBeInTheDocument();
    expect(screen.getByText(`Signing in as ${userName} needs only the password.`)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Enable MFA' }));
    const dialog = await screen.findByRole('dialog', { name: `Set up MFA for ${userName}` });
    expect(
      within(dialog).getByRole('img', {
        name: new RegExp(`QR code that adds SAM Console sandbox \\(${live.operatorId}:${userName}\\)`),
      }),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('group', { name: 'Account' })).toHaveTextContent(
      `${live.operatorId}:${userName}`,
    );
    const secret = shownSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    // The status behind the dialog already reads "Set-up pending"; the secret is not in the query cache.
    await screen.findByText('Set-up pending');
    expect(
      JSON.stringify(
        client
          .getQueryCache()
          .getAll()
          .map((query) => query.state.data),
      ),
    ).not.toContain(secret);

    await user.click(within(dialog).getByRole('button', { name: 'Next: enter a code' }));
    const input = within(dialog).getByRole('textbox', { name: '6-digit code' });
    expect(input).toHaveFocus();
    expect(within(dialog).getByRole('timer')).toHaveTextContent(/changes in \d+ s/);

    // A wrong code: a clear message, the field emptied and focused again, still on step 2.
    const wrong = codeFor(secret) === '000000' ? '111111' : '000000';
    await user.type(input, wrong);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('That code is not right');
    expect(input).toHaveValue('');
    await waitFor(() => expect(input).toHaveFocus());
    expect((await getUserMFAStatus({ userName })).status).toBe('UNCONFIRMED');

    // The right code, pasted with a space as some apps copy it, submits itself.
    const right = codeFor(secret);
    await user.paste(`${right.slice(0, 3)} ${right.slice(3)}`);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('On')).toBeInTheDocument();
    expect(
      screen.getByText(
        `${userName} will be asked for a code from the authenticator app when signing in with a password.`,
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        `MFA is now on for ${userName}: ${userName} will be asked for a code when signing in.`,
      ),
    ).toBeInTheDocument();
    expect((await getUserMFAStatus({ userName })).status).toBe('ACTIVE');
    expect(document.body.innerHTML).not.toContain(secret);
    await waitFor(() => expect(cacheText(client)).not.toContain(secret));
    expect(screen.queryByRole('button', { name: 'Enable MFA' })).not.toBeInTheDocument();
  });

  it('leaving half-way asks first, leaves it set-up pending, and starting again issues a new secret', async () => {
    const user = userEvent.setup();
    const userName = await freshUser();
    const client = renderTab(userName);
    await user.click(await screen.findByRole('button', { name: 'Enable MFA' }));
    await screen.findByRole('dialog', { name: `Set up MFA for ${userName}` });
    const first = shownSecret();

    await user.keyboard('{Escape}');
    const question = screen.getByRole('alertdialog', { name: 'Leave MFA set-up?' });
    expect(question).toHaveTextContent(
      `MFA for ${userName} stays Set-up pending: it is not asked for at sign-in until a code is verified.`,
    );
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(shownSecret()).toBe(first);

    await user.click(screen.getByRole('button', { name: 'Leave set-up' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Leave set-up' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(screen.getByText('Set-up pending')).toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain(first);
    await waitFor(() => expect(cacheText(client)).not.toContain(first));

    await user.click(screen.getByRole('button', { name: 'Start set-up again' }));
    const dialog = await screen.findByRole('dialog', { name: `Set up MFA for ${userName}` });
    const second = shownSecret();
    expect(second).not.toBe(first);

    // The old secret no longer works; the new one does.
    await user.click(screen.getByRole('button', { name: 'Next: enter a code' }));
    await user.type(screen.getByRole('textbox', { name: '6-digit code' }), codeFor(first));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('That code is not right');
    await user.type(screen.getByRole('textbox', { name: '6-digit code' }), codeFor(second));
    expect(await screen.findByText('On')).toBeInTheDocument();
  });

  it('marks the user and the user list stale when MFA changes, so their updated time catches up', async () => {
    const user = userEvent.setup();
    const userName = await freshUser();
    const client = renderTab(userName);
    client.setQueryData(userKeys.list(), []);
    // The tab reads the user itself (for its password note): once that read is in, count the reads after it.
    await screen.findByRole('note');
    const detailReads = () => client.getQueryState(userKeys.detail(userName))?.dataUpdateCount ?? 0;
    const before = detailReads();
    expect(client.getQueryState(userKeys.list())?.isInvalidated).toBe(false);
    expect(client.getQueryState(userKeys.detail(userName))?.isInvalidated).toBe(false);

    await user.click(await screen.findByRole('button', { name: 'Enable MFA' }));
    await screen.findByRole('dialog', { name: `Set up MFA for ${userName}` });
    await waitFor(() => expect(client.getQueryState(userKeys.list())?.isInvalidated).toBe(true));
    // The user is on screen, so marking it stale reads it again at once, with its new updated time.
    await waitFor(() => expect(detailReads()).toBeGreaterThan(before));
    expect(client.getQueryData(userDetailOptions(userName).queryKey)?.updateDateTime).toBe(
      (await getUser({ userName })).updateDateTime,
    );
  });

  it('revokes only after confirmation', async () => {
    const user = userEvent.setup();
    const userName = await freshUser();
    renderTab(userName);
    await user.click(await screen.findByRole('button', { name: 'Enable MFA' }));
    await screen.findByRole('dialog');
    const secret = shownSecret();
    await user.click(screen.getByRole('button', { name: 'Next: enter a code' }));
    await user.type(screen.getByRole('textbox', { name: '6-digit code' }), codeFor(secret));
    expect(await screen.findByText('On')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Revoke MFA' }));
    expect(screen.getByRole('alertdialog', { name: 'Revoke MFA?' })).toHaveTextContent(
      `${userName} will sign in with the password alone.`,
    );
    await user.click(
      within(screen.getByRole('alertdialog', { name: 'Revoke MFA?' })).getByRole('button', {
        name: 'Cancel',
      }),
    );
    expect((await getUserMFAStatus({ userName })).status).toBe('ACTIVE');

    await user.click(screen.getByRole('button', { name: 'Revoke MFA' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Revoke MFA' }));
    expect(await screen.findByText('Off')).toBeInTheDocument();
    expect(await screen.findByText(`MFA revoked for ${userName}: it is now off.`)).toBeInTheDocument();
    expect((await getUserMFAStatus({ userName })).status).toBe('INACTIVE');
    expect(screen.getByRole('button', { name: 'Enable MFA' })).toBeInTheDocument();
  });

  it('speaks to "you" when the signed-in user sets up MFA for their own account', async () => {
    const user = userEvent.setup();
    const userName = await freshUser(PASSWORD);
    await signInAs(userName);
    renderTab(userName);
    expect(await screen.findByText('Off')).toBeInTheDocument();
    expect(screen.getByText(/^With MFA, signing in to your account with a password/)).toBeInTheDocument();
    expect(screen.getByText('Signing in needs only your password.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Enable MFA' }));
    const dialog = await screen.findByRole('dialog', { name: 'Set up MFA for your account' });
    expect(
      within(dialog).getByRole('heading', {
        name: 'Step 1 of 2: add your account to your authenticator app',
      }),
    ).toBeInTheDocument();
    expect(within(dialog).getByText(/^Scan the code with your authenticator app/)).toBeInTheDocument();
    expect(dialog).not.toHaveTextContent(`signs in as ${userName}`);
    const secret = shownSecret();

    // Leaving half-way says "your account" too.
    await user.keyboard('{Escape}');
    expect(screen.getByRole('alertdialog', { name: 'Leave MFA set-up?' })).toHaveTextContent(
      'MFA for your account stays Set-up pending',
    );
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    const back = await screen.findByRole('dialog', { name: 'Set up MFA for your account' });
    await user.click(within(back).getByRole('button', { name: 'Next: enter a code' }));
    expect(
      within(back).getByText('Type the 6-digit code that your authenticator app now shows for this account.'),
    ).toBeInTheDocument();
    await user.type(within(back).getByRole('textbox', { name: '6-digit code' }), codeFor(secret));
    expect(
      await screen.findByText(
        'MFA is now on for your account: you will be asked for a code when you sign in.',
      ),
    ).toBeInTheDocument();
    expect(await screen.findByText('On')).toBeInTheDocument();
    expect(
      screen.getByText(
        'You will be asked for a code from your authenticator app when you sign in with your password.',
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Revoke MFA' }));
    expect(screen.getByRole('alertdialog', { name: 'Revoke MFA?' })).toHaveTextContent(
      'You will sign in with your password alone.',
    );
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Revoke MFA' }));
    expect(await screen.findByText('MFA revoked for your account: it is now off.')).toBeInTheDocument();
  });

  it('says that a user without a console password cannot sign in to the console, with a link to set one', async () => {
    const userName = await freshUser();
    renderTab(userName);
    const note = await screen.findByRole('note');
    expect(note).toHaveTextContent(
      `${userName} has no console password, so they cannot sign in to the console with a password; only their AuthKeys work. MFA applies only to console sign-in with a password.`,
    );
    expect(within(note).getByRole('link', { name: 'Set a console password' })).toHaveAttribute(
      'href',
      `/users/${userName}/password`,
    );
  });

  it('has no password note for a user with a password', async () => {
    const userName = await freshUser(PASSWORD);
    const client = renderTab(userName);
    expect(await screen.findByText('Off')).toBeInTheDocument();
    // The note waits for getUser: once the user is read, there is still none.
    await waitFor(() => expect(client.getQueryState(userKeys.detail(userName))?.status).toBe('success'));
    expect(screen.queryByRole('note')).toBeNull();
    expect(screen.queryByText(/has no console password/)).toBeNull();
  });

  it('tells a user signed in with their AuthKey that they have no password, without a link they may not follow', async () => {
    const userName = await freshUser();
    await signInWithOwnAuthKey(userName, 'User:createUserPassword');
    renderTab(userName);
    const note = await screen.findByRole('note');
    expect(note).toHaveTextContent(
      'You have no console password, so you cannot sign in to the console with a password; only your AuthKeys work.',
    );
    // The capabilities are read once per token: the link stays away once they say the principal may not.
    await waitFor(() => expect(within(note).queryByRole('link')).toBeNull());
  });
});
