// @vitest-environment jsdom
// Component tests of the MFA tab against the real local API: set-up, a wrong code, leaving half-way, starting again, revoking.
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { QueryClient } from '@tanstack/react-query';
import { Secret, TOTP } from 'otpauth';
import { createUser, getUser, getUserMFAStatus } from '../../api/index.ts';
import { userKeys } from '../../queries/query-keys.ts';
import { setUpLiveApi } from '../../test/set-up-live-api.ts';
import MfaTab from './mfa-tab.tsx';
import { renderWithQueryClient } from '../../test/render-with-app.tsx';

const live = setUpLiveApi();
let userCount = 0;

async function freshUser(): Promise<string> {
  userCount += 1;
  const userName = `mfa-user-${userCount}`;
  await createUser({ userName });
  return userName;
}

function renderTab(userName: string) {
  return renderWithQueryClient(<MfaTab userName={userName} />);
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

function cacheText(client: QueryClient): string {
  const queries = client
    .getQueryCache()
    .getAll()
    .map((query) => query.state.data);
  const mutations = client
    .getMutationCache()
    .getAll()
    .map((mutation) => [mutation.state.data, mutation.state.variables]);
  return JSON.stringify({ queries, mutations });
}

describe('MfaTab', () => {
  it('walks through set-up: QR and secret, then a code; a wrong code stays on the step; a right one makes it ACTIVE', async () => {
    const user = userEvent.setup();
    const userName = await freshUser();
    const client = renderTab(userName);
    expect(await screen.findByText('INACTIVE')).toBeInTheDocument();

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
    // The status behind the dialog already reads UNCONFIRMED; the secret is not in the query cache.
    await screen.findByText('UNCONFIRMED');
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
    expect(await screen.findByText('ACTIVE')).toBeInTheDocument();
    expect((await getUserMFAStatus({ userName })).status).toBe('ACTIVE');
    expect(document.body.innerHTML).not.toContain(secret);
    await waitFor(() => expect(cacheText(client)).not.toContain(secret));
    expect(screen.queryByRole('button', { name: 'Enable MFA' })).not.toBeInTheDocument();
  });

  it('leaving half-way asks first, leaves UNCONFIRMED, and starting again issues a new secret', async () => {
    const user = userEvent.setup();
    const userName = await freshUser();
    const client = renderTab(userName);
    await user.click(await screen.findByRole('button', { name: 'Enable MFA' }));
    await screen.findByRole('dialog', { name: `Set up MFA for ${userName}` });
    const first = shownSecret();

    await user.keyboard('{Escape}');
    const question = screen.getByRole('alertdialog', { name: 'Leave MFA set-up?' });
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(shownSecret()).toBe(first);

    await user.click(screen.getByRole('button', { name: 'Leave set-up' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Leave set-up' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(screen.getByText('UNCONFIRMED')).toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain(first);
    await waitFor(() => expect(cacheText(client)).not.toContain(first));

    await user.click(screen.getByRole('button', { name: 'Start set-up again' }));
    await screen.findByRole('dialog', { name: `Set up MFA for ${userName}` });
    const second = shownSecret();
    expect(second).not.toBe(first);

    // The old secret no longer works; the new one does.
    await user.click(screen.getByRole('button', { name: 'Next: enter a code' }));
    await user.type(screen.getByRole('textbox', { name: '6-digit code' }), codeFor(first));
    expect(await screen.findByRole('alert')).toHaveTextContent('That code is not right');
    await user.type(screen.getByRole('textbox', { name: '6-digit code' }), codeFor(second));
    expect(await screen.findByText('ACTIVE')).toBeInTheDocument();
  });

  it('marks the user and the user list stale when MFA changes, so their updated time catches up', async () => {
    const user = userEvent.setup();
    const userName = await freshUser();
    const client = renderTab(userName);
    client.setQueryData(userKeys.list(), []);
    client.setQueryData(userKeys.detail(userName), await getUser({ userName }));
    expect(client.getQueryState(userKeys.list())?.isInvalidated).toBe(false);
    expect(client.getQueryState(userKeys.detail(userName))?.isInvalidated).toBe(false);

    await user.click(await screen.findByRole('button', { name: 'Enable MFA' }));
    await screen.findByRole('dialog', { name: `Set up MFA for ${userName}` });
    await waitFor(() => expect(client.getQueryState(userKeys.list())?.isInvalidated).toBe(true));
    expect(client.getQueryState(userKeys.detail(userName))?.isInvalidated).toBe(true);
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
    expect(await screen.findByText('ACTIVE')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Revoke MFA' }));
    await user.click(
      within(screen.getByRole('alertdialog', { name: 'Revoke MFA?' })).getByRole('button', {
        name: 'Cancel',
      }),
    );
    expect((await getUserMFAStatus({ userName })).status).toBe('ACTIVE');

    await user.click(screen.getByRole('button', { name: 'Revoke MFA' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Revoke MFA' }));
    expect(await screen.findByText('INACTIVE')).toBeInTheDocument();
    expect((await getUserMFAStatus({ userName })).status).toBe('INACTIVE');
    expect(screen.getByRole('button', { name: 'Enable MFA' })).toBeInTheDocument();
  });
});
