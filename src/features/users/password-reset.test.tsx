// @vitest-environment jsdom
// The console password tab's one-step reset and generated passwords, against the real local API: the user's sessions
// end, a generated password is shown once and signs in, it is kept nowhere once closed, and a reset that fails
// half-way says so and sets the password on retry.
import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setUpLiveApi } from '../../test/set-up-live-api.ts';
import { freshUsers } from '../../test/fresh-users.ts';
import { cacheText } from '../../test/cache-text.ts';
import { renderWithApp } from '../../test/render-with-app.tsx';
import { auth, isApiError, sessionFromSignIn, updateUserPermission, writeSession } from '../../api/index.ts';
import { UserDetailPage, type FeatureTabs } from './user-detail-page.tsx';

const live = setUpLiveApi();
afterEach(() => writeSession(live.rootSession));

const featureTabs: FeatureTabs = {
  'auth-keys': () => null,
  permissions: () => null,
  roles: () => null,
  'trust-policy': () => null,
  mfa: () => null,
  history: () => null,
};

const freshUser = freshUsers('reset');

function renderPasswordTab(userName: string) {
  return renderWithApp(<UserDetailPage featureTabs={featureTabs} />, {
    path: '/users/:name/:tab',
    url: `/users/${userName}/password`,
  });
}

/** Signs in as a SAM user with the given password and answers whether that session still works. */
async function signedInSession(userName: string, password: string) {
  const answer = await auth({ operatorId: live.operatorId, userName, password });
  return async () => {
    const response = await fetch(`${live.origin}/v1/operators/${live.operatorId}/users/${userName}`, {
      headers: { 'X-Soracom-API-Key': answer.apiKey, 'X-Soracom-Token': answer.token },
    });
    return response.status !== 401;
  };
}

async function signInFails(userName: string, password: string): Promise<boolean> {
  try {
    await auth({ operatorId: live.operatorId, userName, password });
    return false;
  } catch (error) {
    return isApiError(error);
  }
}

/** Signs in as a SAM user whose own permission is `statements` and makes that the console's session. */
async function actAs(userName: string, password: string, statements: object[]) {
  await updateUserPermission({ userName, permission: JSON.stringify({ statements }) });
  writeSession(
    sessionFromSignIn(await auth({ operatorId: live.operatorId, userName, password }), 'user', userName),
  );
}

describe('resetting another user’s console password', () => {
  it('says the sessions end, sets a generated password shown once, and keeps it nowhere after closing', async () => {
    const userName = await freshUser('old-password-1');
    const sessionWorks = await signedInSession(userName, 'old-password-1');
    expect(await sessionWorks()).toBe(true);
    const user = userEvent.setup();
    const { client } = renderPasswordTab(userName);

    const panel = await screen.findByRole('region', { name: 'Reset the password' });
    await user.click(within(panel).getByRole('button', { name: 'Reset password' }));
    // The dialog's code loads on intent, so it may arrive a moment after the click.
    const dialog = await screen.findByRole('dialog', { name: `Reset the console password of ${userName}?` });
    expect(dialog).toHaveTextContent('every session of theirs ends');
    expect(within(dialog).getByRole('radio', { name: 'Generate a strong one' })).toBeChecked();
    expect(within(dialog).getByRole('radio', { name: 'Generate a strong one' })).toHaveFocus();
    expect(within(dialog).queryByLabelText('New password')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Reset password' }));

    const shown = await screen.findByRole('dialog', { name: `New console password for ${userName}` });
    expect(shown).toHaveTextContent('This is the only time it is shown.');
    const password =
      within(shown).getByRole('group', { name: 'Generated password' }).querySelector('code')?.textContent ??
      '';
    expect(password).toHaveLength(20);
    expect(
      await screen.findByText('Console password reset. The user’s sessions have ended.'),
    ).toBeInTheDocument();

    // The new password signs in, the old one no longer does, and the session opened with the old one has ended.
    await expect(auth({ operatorId: live.operatorId, userName, password })).resolves.toMatchObject({
      userName,
    });
    expect(await signInFails(userName, 'old-password-1')).toBe(true);
    expect(await sessionWorks()).toBe(false);

    await user.click(within(shown).getByRole('button', { name: 'Copy password' }));
    await expect(navigator.clipboard.readText()).resolves.toBe(password);
    expect(within(shown).getByText('Password copied.')).toBeInTheDocument();

    // While shown: in the page, but not in the query cache or storage.
    const queryData = JSON.stringify(
      client
        .getQueryCache()
        .getAll()
        .map((query) => query.state.data),
    );
    expect(queryData).not.toContain(password);
    expect(JSON.stringify({ ...sessionStorage })).not.toContain(password);
    expect(JSON.stringify({ ...localStorage })).not.toContain(password);

    await user.click(within(shown).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.body.innerHTML).not.toContain(password);
    await waitFor(() => expect(cacheText(client)).not.toContain(password));
    expect(JSON.stringify({ ...sessionStorage })).not.toContain(password);
    expect(JSON.stringify({ ...localStorage })).not.toContain(password);
    expect(screen.getByText(/can sign in to the console with a password/)).toBeInTheDocument();
    // Focus goes back to the button that started it.
    expect(screen.getByRole('button', { name: 'Reset password' })).toHaveFocus();
  });

  it('resets to a typed password after checking it, and closes with a toast', async () => {
    const userName = await freshUser('old-password-2');
    const user = userEvent.setup();
    const { client, unmount } = renderPasswordTab(userName);
    await user.click(await screen.findByRole('button', { name: 'Reset password' }));
    const dialog = await screen.findByRole('dialog', { name: `Reset the console password of ${userName}?` });
    await user.click(within(dialog).getByRole('radio', { name: 'Type a password' }));
    await user.type(within(dialog).getByLabelText('New password'), 'short');
    await user.type(within(dialog).getByLabelText('Repeat the new password'), 'short');
    await user.click(within(dialog).getByRole('button', { name: 'Reset password' }));
    expect(
      await within(dialog).findByText('Too short: 5 of at least 8 characters.', {
        selector: '.field__error',
      }),
    ).toBeInTheDocument();
    // Nothing was sent: the old password still works.
    await auth({ operatorId: live.operatorId, userName, password: 'old-password-2' });

    await user.clear(within(dialog).getByLabelText('New password'));
    await user.clear(within(dialog).getByLabelText('Repeat the new password'));
    await user.type(within(dialog).getByLabelText('New password'), 'typed-password-2');
    await user.type(within(dialog).getByLabelText('Repeat the new password'), 'typed-password-2');
    await user.click(within(dialog).getByRole('button', { name: 'Reset password' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(
      await screen.findByText('Console password reset. The user’s sessions have ended.'),
    ).toBeInTheDocument();
    await auth({ operatorId: live.operatorId, userName, password: 'typed-password-2' });
    expect(await signInFails(userName, 'old-password-2')).toBe(true);
    unmount();
    await waitFor(() => expect(cacheText(client)).not.toContain('typed-password-2'));
  });

  it('says clearly when the old password went but the new one was refused, and sets it on retry', async () => {
    const target = await freshUser('target-password-1');
    // An admin whose own permission the console cannot read: the reset is offered, and the server refuses its
    // second half.
    const admin = await freshUser('admin-password-1');
    await actAs(admin, 'admin-password-1', [
      { effect: 'allow', api: ['User:getUser', 'User:hasUserPassword', 'User:deleteUserPassword'] },
      { effect: 'deny', api: 'User:getUserPermission' },
    ]);
    const user = userEvent.setup();
    renderPasswordTab(target);
    await user.click(await screen.findByRole('button', { name: 'Reset password' }));
    const dialog = await screen.findByRole('dialog', { name: `Reset the console password of ${target}?` });
    await user.click(within(dialog).getByRole('button', { name: 'Reset password' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The old password is removed, but the new one is not set');
    expect(alert).toHaveTextContent(
      `${target} cannot sign in to the console with a password until one is set.`,
    );
    await waitFor(() => expect(alert).toHaveTextContent('User:createUserPassword'));
    expect(within(dialog).getByRole('button', { name: 'Set it later' })).toBeEnabled();
    // Behind the dialog the tab says what is true now.
    expect(await screen.findByText(/cannot sign in to the console with a password \(/)).toBeInTheDocument();
    expect(await signInFails(target, 'target-password-1')).toBe(true);

    // Someone allowed to finish it: the retry only creates (a second delete would answer "no password").
    writeSession(live.rootSession);
    await user.click(within(dialog).getByRole('button', { name: 'Set the new password' }));
    const shown = await screen.findByRole('dialog', { name: `New console password for ${target}` });
    const password =
      within(shown).getByRole('group', { name: 'Generated password' }).querySelector('code')?.textContent ??
      '';
    await expect(auth({ operatorId: live.operatorId, userName: target, password })).resolves.toMatchObject({
      userName: target,
    });
    await user.click(within(shown).getByRole('button', { name: 'Done' }));
    expect(await screen.findByText(/can sign in to the console with a password\./)).toBeInTheDocument();
  });

  it('is disabled, naming the API, for an admin who may remove but not create passwords', async () => {
    const target = await freshUser('target-password-2');
    const admin = await freshUser('admin-password-2');
    await actAs(admin, 'admin-password-2', [
      {
        effect: 'allow',
        api: [
          'User:getUser',
          'User:getUserPermission',
          'User:getDefaultPermissions',
          'User:hasUserPassword',
          'User:deleteUserPassword',
        ],
      },
    ]);
    renderPasswordTab(target);
    const panel = await screen.findByRole('region', { name: 'Reset the password' });
    await waitFor(() => expect(within(panel).getByRole('button', { name: 'Reset password' })).toBeDisabled());
    expect(within(panel).getByRole('button', { name: 'Reset password' })).toHaveAccessibleDescription(
      'Needs User:createUserPassword',
    );
  });

  it('is not offered on one’s own password tab, where the change form is', async () => {
    const userName = await freshUser('own-password-1');
    await actAs(userName, 'own-password-1', [{ effect: 'allow', api: 'User:*' }]);
    renderPasswordTab(userName);
    expect(await screen.findByRole('region', { name: 'Change the password' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Reset the password' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Reset password' })).toBeNull();
  });
});

describe('setting a generated password', () => {
  it('sets one for a user without a password, shows it once, and it signs in', async () => {
    const userName = await freshUser();
    const user = userEvent.setup();
    const { client } = renderPasswordTab(userName);
    const form = await screen.findByRole('region', { name: 'Set a password' });
    // Typing stays the default here.
    expect(within(form).getByRole('radio', { name: 'Type a password' })).toBeChecked();
    await user.click(within(form).getByRole('radio', { name: 'Generate a strong one' }));
    expect(within(form).queryByLabelText('New password')).toBeNull();
    expect(form).toHaveTextContent('A 20-character password is made in your browser');
    await user.click(within(form).getByRole('button', { name: 'Set password' }));

    const shown = await screen.findByRole('dialog', { name: `New console password for ${userName}` });
    const password =
      within(shown).getByRole('group', { name: 'Generated password' }).querySelector('code')?.textContent ??
      '';
    expect(await screen.findByText('Console password set.')).toBeInTheDocument();
    await expect(auth({ operatorId: live.operatorId, userName, password })).resolves.toMatchObject({
      userName,
    });
    expect(JSON.stringify({ ...sessionStorage, ...localStorage })).not.toContain(password);

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.body.innerHTML).not.toContain(password);
    await waitFor(() => expect(cacheText(client)).not.toContain(password));
    expect(screen.getByText(/can sign in to the console with a password\./)).toBeInTheDocument();
  });
});
