// @vitest-environment jsdom
// The user detail page's own tabs against the real local API: overview (description, delete) and the console password.
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setUpLiveApi } from '../../test/set-up-live-api.ts';
import { freshUsers } from '../../test/fresh-users.ts';
import { signInWithOwnAuthKey } from '../../test/sign-in-with-auth-key.ts';
import { renderWithApp } from '../../test/render-with-app.tsx';
import {
  auth,
  getUser,
  isApiError,
  readSession,
  sessionFromSignIn,
  updateUserPermission,
  writeSession,
} from '../../api/index.ts';
import { UserDetailPage, type FeatureTabs } from './user-detail-page.tsx';

const live = setUpLiveApi();

const featureTabs: FeatureTabs = {
  'auth-keys': ({ userName }) => <p>keys of {userName}</p>,
  permissions: ({ userName }) => <p>permissions of {userName}</p>,
  roles: ({ userName }) => <p>roles of {userName}</p>,
  'trust-policy': ({ userName }) => <p>trust policy of {userName}</p>,
  mfa: ({ userName }) => <p>mfa of {userName}</p>,
  history: ({ userName }) => <p>history of {userName}</p>,
};

const freshUser = freshUsers('detail', { description: 'before' });

function renderDetail(userName: string, tab: string) {
  return renderWithApp(<UserDetailPage featureTabs={featureTabs} />, {
    path: '/users/:name/:tab',
    url: `/users/${userName}/${tab}`,
  });
}

describe('overview tab', () => {
  it('edits the description and reports it, with Save enabled only after a change', async () => {
    const userName = await freshUser();
    const user = userEvent.setup();
    renderDetail(userName, 'overview');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(userName);
    expect(document.title).toBe(`${userName} · Overview · SAM Console`);
    const box = await screen.findByRole('textbox', { name: 'Description' });
    expect(box).toHaveValue('before');
    const save = screen.getByRole('button', { name: 'Save description' });
    expect(save).toBeDisabled();
    await user.clear(box);
    await user.type(box, 'after');
    await user.click(save);
    expect(await screen.findByText('Description saved.')).toBeInTheDocument();
    expect((await getUser({ userName })).description).toBe('after');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save description' })).toBeDisabled());
  });

  it('counts the description as it is typed, speaks only near and past the limit, and names the excess', async () => {
    const userName = await freshUser();
    const user = userEvent.setup();
    renderDetail(userName, 'overview');
    const box = await screen.findByRole('textbox', { name: 'Description' });
    const field = box.closest('.field');
    if (!(field instanceof HTMLElement)) throw new Error('the description has no field');
    const count = () => field.querySelector('.field__count');
    const live = within(field).getByRole('status');
    expect(count()).toHaveTextContent('6 / 1000');
    expect(box).toHaveAccessibleDescription(
      'What this user is for, up to 1000 characters. 6 of 1000 characters',
    );

    await user.type(box, '!');
    expect(count()).toHaveTextContent('7 / 1000');
    expect(live).toBeEmptyDOMElement();
    // 900 of 1000: the limit is near, said once.
    await user.paste('d'.repeat(893));
    expect(count()).toHaveTextContent('900 / 1000');
    expect(live).toHaveTextContent('100 characters left.');
    await user.type(box, 'dd');
    expect(count()).toHaveTextContent('902 / 1000');
    expect(live).toHaveTextContent('100 characters left.');
    // Past it: an error state at once, before any save.
    await user.paste('d'.repeat(99));
    expect(count()).toHaveTextContent('1001 / 1000');
    expect(count()).toHaveClass('field__count--over');
    expect(live).toHaveTextContent('1 character over the limit.');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveClass('field--invalid');

    await user.click(screen.getByRole('button', { name: 'Save description' }));
    expect(await within(field).findByText('Too long: 1001 of 1000 characters.')).toBeInTheDocument();
    expect((await getUser({ userName })).description).toBe('before');

    // Discarding puts the count back, and the region falls silent.
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(count()).toHaveTextContent('6 / 1000'));
    expect(live).toBeEmptyDOMElement();
    expect(box).not.toHaveAttribute('aria-invalid');
  });

  it('asks before a tab switch would drop an unsaved description, and keeps the text on Cancel', async () => {
    const userName = await freshUser();
    const user = userEvent.setup();
    const { history } = renderDetail(userName, 'overview');
    const box = await screen.findByRole('textbox', { name: 'Description' });
    await user.clear(box);
    await user.type(box, 'typed but not saved');
    await user.click(screen.getByRole('link', { name: 'Console password' }));
    const ask = screen.getByRole('alertdialog', { name: 'Leave without saving?' });
    await user.click(within(ask).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(history.location.pathname).toBe(`/users/${userName}/overview`);
    expect(screen.getByRole('textbox', { name: 'Description' })).toHaveValue('typed but not saved');

    await user.click(screen.getByRole('link', { name: 'Console password' }));
    await user.click(
      within(screen.getByRole('alertdialog', { name: 'Leave without saving?' })).getByRole('button', {
        name: 'Discard changes and leave',
      }),
    );
    await waitFor(() => expect(history.location.pathname).toBe(`/users/${userName}/password`));
    expect((await getUser({ userName })).description).toBe('before');
  });

  it('deleting a user with an unsaved description goes to the list without asking', async () => {
    const userName = await freshUser();
    const user = userEvent.setup();
    const { history } = renderDetail(userName, 'overview');
    await user.type(await screen.findByRole('textbox', { name: 'Description' }), ' and more');
    await user.click(screen.getByRole('button', { name: 'Delete user' }));
    const confirm = screen.getByRole('alertdialog', { name: `Delete ${userName}?` });
    await user.type(within(confirm).getByLabelText(/to confirm/), userName);
    await user.click(within(confirm).getByRole('button', { name: 'Delete user' }));
    await waitFor(() => expect(history.location.pathname).toBe('/users'));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('deletes the user only after the name is typed, then leaves for the list', async () => {
    const userName = await freshUser();
    const user = userEvent.setup();
    const { history } = renderDetail(userName, 'overview');
    await user.click(await screen.findByRole('button', { name: 'Delete user' }));
    const confirm = screen.getByRole('alertdialog', { name: `Delete ${userName}?` });
    const go = within(confirm).getByRole('button', { name: 'Delete user' });
    expect(go).toBeDisabled();
    await user.type(within(confirm).getByLabelText(/to confirm/), userName.slice(0, -1));
    expect(go).toBeDisabled();
    await user.type(within(confirm).getByLabelText(/to confirm/), userName.slice(-1));
    expect(go).toBeEnabled();
    await user.click(go);
    await waitFor(() => expect(history.location.pathname).toBe('/users'));
    expect(await screen.findByText(`User ${userName} deleted.`)).toBeInTheDocument();
    const gone = await getUser({ userName }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(isApiError(gone) && gone.status).toBe(404);
  });

  it('once the server refuses a delete the documents allow, the button is disabled, naming the API', async () => {
    const userName = await freshUser('refused-password-1');
    const reads = {
      effect: 'allow',
      api: ['User:getUser', 'User:getUserPermission', 'User:getDefaultPermissions'],
    };
    const permission = (...statements: object[]) => JSON.stringify({ statements });
    await updateUserPermission({ userName, permission: permission(reads) });
    const signedIn = await auth({ operatorId: live.operatorId, userName, password: 'refused-password-1' });
    // Granted after the sign-in: the console reads it, the token keeps what it was issued with.
    await updateUserPermission({
      userName,
      permission: permission(reads, { effect: 'allow', api: 'User:deleteUser' }),
    });
    const root = readSession();
    if (!root) throw new Error('no root session');
    writeSession(sessionFromSignIn(signedIn, 'user', userName));
    try {
      const user = userEvent.setup();
      renderDetail(userName, 'overview');
      const open = await screen.findByRole('button', { name: 'Delete user' });
      // The documents were read (the description's Save is judged by them too) and allow the delete.
      await waitFor(() => expect(screen.getByText('Needs User:updateUser')).toBeInTheDocument());
      expect(open).toBeEnabled();
      expect(screen.queryByText('Needs User:deleteUser')).toBeNull();

      await user.click(open);
      const confirm = screen.getByRole('alertdialog', { name: `Delete ${userName}?` });
      await user.type(within(confirm).getByLabelText(/to confirm/), userName);
      await user.click(within(confirm).getByRole('button', { name: 'Delete user' }));
      // The refusal shows in the dialog that caused it, and the page stops offering the call at once.
      expect(await within(confirm).findByRole('alert')).toHaveTextContent('User:deleteUser');
      expect(open).toBeDisabled();
      expect(screen.getByText('Needs User:deleteUser')).toBeInTheDocument();
      await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
      expect(screen.getByRole('button', { name: 'Delete user' })).toBeDisabled();
    } finally {
      writeSession(root);
    }
    expect((await getUser({ userName })).userName).toBe(userName);
  });

  it('cancelling the delete keeps the user and gives focus back', async () => {
    const userName = await freshUser();
    const user = userEvent.setup();
    renderDetail(userName, 'overview');
    const open = await screen.findByRole('button', { name: 'Delete user' });
    await user.click(open);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(open).toHaveFocus();
    expect((await getUser({ userName })).userName).toBe(userName);
  });

  it('says plainly that a user without a console password cannot sign in with one, with a link to set one', async () => {
    const userName = await freshUser();
    const user = userEvent.setup();
    const { history } = renderDetail(userName, 'overview');
    const note = await screen.findByRole('note');
    expect(note).toHaveTextContent(
      `${userName} has no console password, so they cannot sign in to the console with a password; only their AuthKeys work.`,
    );
    await user.click(within(note).getByRole('link', { name: 'Set a password' }));
    expect(history.location.pathname).toBe(`/users/${userName}/password`);
  });

  it('has no such note for a user with a password', async () => {
    const userName = await freshUser('has-password-1');
    renderDetail(userName, 'overview');
    expect(await screen.findByRole('textbox', { name: 'Description' })).toBeInTheDocument();
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('tells a user signed in with their AuthKey that they have no password, without a link they may not follow', async () => {
    const userName = await freshUser();
    const root = await signInWithOwnAuthKey(userName, 'User:createUserPassword');
    try {
      renderDetail(userName, 'overview');
      const note = await screen.findByRole('note');
      expect(note).toHaveTextContent(
        'You have no console password, so you cannot sign in to the console with a password; only your AuthKeys work.',
      );
      // Offered until the principal's permissions are read, then gone: it could only be refused.
      await waitFor(() => expect(within(note).queryByRole('link')).toBeNull());
    } finally {
      writeSession(root);
    }
  });

  it('says so when there is no such user', async () => {
    renderDetail('no-such-user', 'overview');
    expect(await screen.findByText(/There is no user named/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the user list' })).toHaveAttribute('href', '/users');
  });

  it('sends an unknown tab to the overview', async () => {
    const { history } = renderDetail('whoever', 'nonsense');
    await waitFor(() => expect(history.location.pathname).toBe('/users/whoever/overview'));
  });

  it('renders the other features’ tabs it is given', async () => {
    renderDetail('whoever', 'mfa');
    expect(await screen.findByText('mfa of whoever')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'MFA' })).toHaveAttribute('aria-current', 'page');
  });
});

describe('console password tab', () => {
  it('sets a password after checking the rule and the repeat', async () => {
    const userName = await freshUser();
    const user = userEvent.setup();
    renderDetail(userName, 'password');
    expect(await screen.findByText(/cannot sign in to the console with a password/)).toBeInTheDocument();
    const form = screen.getByRole('region', { name: 'Set a password' });
    await user.type(within(form).getByLabelText('New password'), 'short');
    await user.type(within(form).getByLabelText('Repeat the new password'), 'other');
    await user.click(within(form).getByRole('button', { name: 'Set password' }));
    expect(
      await within(form).findByText('Too short: 5 of at least 8 characters.', { selector: '.field__error' }),
    ).toBeInTheDocument();
    expect(within(form).getByText('The two passwords differ.')).toBeInTheDocument();

    await user.clear(within(form).getByLabelText('New password'));
    await user.clear(within(form).getByLabelText('Repeat the new password'));
    await user.type(within(form).getByLabelText('New password'), 'good-password-1');
    await user.type(within(form).getByLabelText('Repeat the new password'), 'good-password-1');
    await user.click(within(form).getByRole('button', { name: 'Set password' }));
    expect(await screen.findByText('Console password set.')).toBeInTheDocument();
    expect(await screen.findByText(/can sign in to the console with a password/)).toBeInTheDocument();
    await auth({ operatorId: live.operatorId, userName, password: 'good-password-1' });
  });

  it('puts a wrong current password on its field, then changes with the right one', async () => {
    const userName = await freshUser('first-password-1');
    const user = userEvent.setup();
    const { client, unmount } = renderDetail(userName, 'password');
    const form = await screen.findByRole('region', { name: 'Change the password' });
    await user.type(within(form).getByLabelText('Current password'), 'wrong-password');
    await user.type(within(form).getByLabelText('New password'), 'second-password-2');
    await user.type(within(form).getByLabelText('Repeat the new password'), 'second-password-2');
    await user.click(within(form).getByRole('button', { name: 'Change password' }));
    expect(await within(form).findByText('Is not the current password')).toBeInTheDocument();
    expect(within(form).getByLabelText('Current password')).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByLabelText('Current password')).toHaveFocus();

    await user.clear(within(form).getByLabelText('Current password'));
    await user.type(within(form).getByLabelText('Current password'), 'first-password-1');
    await user.click(within(form).getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('Console password changed.')).toBeInTheDocument();
    await auth({ operatorId: live.operatorId, userName, password: 'second-password-2' });
    // The passwords were mutation variables: they leave the mutation cache with the form.
    unmount();
    await waitFor(() =>
      expect(
        client
          .getMutationCache()
          .getAll()
          .some((mutation) => JSON.stringify(mutation.state.variables ?? null).includes('second-password-2')),
      ).toBe(false),
    );
  });

  it('drops the server’s answer once the form’s own rules stop the next submit, so no stale message stays', async () => {
    const userName = await freshUser('first-password-1');
    const user = userEvent.setup();
    renderDetail(userName, 'password');
    const form = await screen.findByRole('region', { name: 'Change the password' });
    await user.type(within(form).getByLabelText('Current password'), 'wrong-password');
    await user.type(within(form).getByLabelText('New password'), 'second-password-2');
    await user.type(within(form).getByLabelText('Repeat the new password'), 'second-password-2');
    await user.click(within(form).getByRole('button', { name: 'Change password' }));
    expect(await within(form).findByText('Is not the current password')).toBeInTheDocument();

    await user.clear(within(form).getByLabelText('New password'));
    await user.clear(within(form).getByLabelText('Repeat the new password'));
    await user.type(within(form).getByLabelText('New password'), 'short');
    await user.type(within(form).getByLabelText('Repeat the new password'), 'short');
    await user.click(within(form).getByRole('button', { name: 'Change password' }));
    expect(
      await within(form).findByText('Too short: 5 of at least 8 characters.', { selector: '.field__error' }),
    ).toBeInTheDocument();
    expect(within(form).queryByText(/not the current password/i)).toBeNull();
    expect(within(form).queryByRole('alert')).toBeNull();
  });

  it('lets a SAM user who may only change their own password do so, saying what it cannot show', async () => {
    const userName = await freshUser('self-password-1');
    await updateUserPermission({
      userName,
      permission: JSON.stringify({
        statements: [
          {
            effect: 'allow',
            api: 'User:updateUserPassword',
            condition: "pathVariable('user_name') == samUserName",
          },
        ],
      }),
    });
    const root = readSession();
    if (!root) throw new Error('no root session');
    writeSession(
      sessionFromSignIn(
        await auth({ operatorId: live.operatorId, userName, password: 'self-password-1' }),
        'user',
        userName,
      ),
    );
    try {
      const user = userEvent.setup();
      renderDetail(userName, 'password');
      expect(await screen.findByText('User:hasUserPassword')).toBeInTheDocument();
      const form = screen.getByRole('region', { name: 'Change the password' });
      await user.type(within(form).getByLabelText('Current password'), 'self-password-1');
      await user.type(within(form).getByLabelText('New password'), 'self-password-2');
      await user.type(within(form).getByLabelText('Repeat the new password'), 'self-password-2');
      await user.click(within(form).getByRole('button', { name: 'Change password' }));
      // The form empties itself once the change is saved (a toast of an earlier test may still be showing).
      await waitFor(() =>
        expect(
          within(screen.getByRole('region', { name: 'Change the password' })).getByLabelText(
            'Current password',
          ),
        ).toHaveValue(''),
      );
      expect(
        within(screen.getByRole('region', { name: 'Change the password' })).queryByRole('alert'),
      ).toBeNull();
    } finally {
      writeSession(root);
    }
    await auth({ operatorId: live.operatorId, userName, password: 'self-password-2' });
  });

  it('removes the password after confirming', async () => {
    const userName = await freshUser('first-password-1');
    const user = userEvent.setup();
    renderDetail(userName, 'password');
    await user.click(await screen.findByRole('button', { name: 'Remove password' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Remove the console password?' });
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Remove password' }));
    expect(await screen.findByText('Console password removed.')).toBeInTheDocument();
    expect(await screen.findByText(/cannot sign in to the console with a password/)).toBeInTheDocument();
    expect((await getUser({ userName })).hasPassword).toBe(false);
  });
});
