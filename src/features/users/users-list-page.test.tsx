// @vitest-environment jsdom
// The user list against the real local API: loading, empty, rows, search and sort in the URL, create, and a 403 naming the permission.
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setUpLiveApi } from '../../test/set-up-live-api.ts';
import { renderWithApp } from '../../test/render-with-app.tsx';
import {
  auth,
  createUser,
  createUserPassword,
  listUsers,
  sessionFromSignIn,
  updateUserPermission,
  writeSession,
} from '../../api/index.ts';
import { UsersListPage } from './users-list-page.tsx';

const live = setUpLiveApi();
beforeEach(() => {
  writeSession(live.rootSession);
});

function renderList(url = '/users') {
  return renderWithApp(<UsersListPage />, { path: '/users', url });
}

function rowNames(): string[] {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent ?? '');
}

describe('UsersListPage', () => {
  // First, while the operator has no users.
  it('shows loading, then the empty state with a way to create the first user', async () => {
    renderList();
    expect(screen.getByText('Loading users…').closest('[role="status"]')).not.toBeNull();
    expect(await screen.findByText('No SAM users yet')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create the first user' })).toBeEnabled();
  });

  it('lists users with their columns, and searches by name or description into the URL', async () => {
    await createUser({ userName: 'list-ann', description: 'Billing team' });
    await createUser({ userName: 'list-ben', description: 'Network ops' });
    await createUserPassword({ userName: 'list-ben', password: 'ben-password-1' });
    const user = userEvent.setup();
    const { history } = renderList();
    await screen.findByRole('table');
    expect(rowNames()).toEqual(['list-ann', 'list-ben']);
    const ben = screen.getAllByRole('row')[2];
    if (!ben) throw new Error('no row for list-ben');
    expect(within(ben).getByText('Set')).toBeInTheDocument();
    expect(within(ben).getByRole('link', { name: 'list-ben' })).toHaveAttribute(
      'href',
      '/users/list-ben/overview',
    );
    // MFA statuses arrive per visible row.
    await waitFor(() => expect(within(ben).getAllByRole('cell')[3]).toHaveTextContent('Off'));
    const created = within(ben).getAllByRole('cell')[5]?.querySelector('time');
    expect(created).toHaveAttribute('title');
    expect(created?.textContent).toBe('just now');

    await user.type(
      screen.getByRole('searchbox', { name: 'Search users by name or description' }),
      'BILLING',
    );
    await waitFor(() => expect(rowNames()).toEqual(['list-ann']));
    expect(history.location.search).toBe('?q=BILLING');
    expect(screen.getByText('1 of 2 users')).toBeInTheDocument();

    await user.clear(screen.getByRole('searchbox', { name: 'Search users by name or description' }));
    await user.type(
      screen.getByRole('searchbox', { name: 'Search users by name or description' }),
      'nothing-like-this',
    );
    expect(await screen.findByText('No user matches “nothing-like-this”')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear the search' }));
    await waitFor(() => expect(rowNames()).toEqual(['list-ann', 'list-ben']));
  });

  it('sorts by a column from the URL and flips it on a second click', async () => {
    const user = userEvent.setup();
    const { history } = renderList('/users?sort=password');
    await screen.findByRole('table');
    expect(rowNames()).toEqual(['list-ann', 'list-ben']);
    expect(screen.getByRole('columnheader', { name: /Console password/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await user.click(screen.getByRole('button', { name: /Console password/ }));
    expect(rowNames()).toEqual(['list-ben', 'list-ann']);
    expect(history.location.search).toBe('?sort=password&dir=desc');
  });

  it('creates a user in the dialog with the server rule, and opens its page', async () => {
    const user = userEvent.setup();
    const { history } = renderList();
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Create user' }));
    // The dialog's code loads on intent, so it may arrive a moment after the click.
    const dialog = await screen.findByRole('dialog', { name: 'Create user' });
    expect(within(dialog).getByLabelText('User name')).toHaveFocus();
    await user.type(within(dialog).getByLabelText('User name'), 'bad name!');
    await user.click(within(dialog).getByRole('button', { name: 'Create user' }));
    expect(
      await within(dialog).findByText(
        "' ' (space) and '!' are not allowed. Use letters, digits and _ - . @ + = ,",
        { selector: '.field__error' },
      ),
    ).toBeInTheDocument();

    await user.clear(within(dialog).getByLabelText('User name'));
    await user.type(within(dialog).getByLabelText('User name'), 'list-cid');
    await user.type(within(dialog).getByLabelText('Description (optional)'), 'Created in a test');
    await user.dblClick(within(dialog).getByRole('button', { name: 'Create user' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('User list-cid created.')).toBeInTheDocument();
    // The new user's page, where its next steps wait (next-steps-panel.test.tsx).
    await waitFor(() => expect(history.location.pathname).toBe('/users/list-cid/overview'));
    expect(history.location.state).toEqual({ createdUser: 'list-cid' });
    // Once, not twice: a second create would have failed and shown an error toast.
    expect(screen.queryByText(/already exists/)).toBeNull();
    expect((await listUsers()).filter((u) => u.userName === 'list-cid')).toHaveLength(1);
  });

  it('puts the server’s "already exists" message on the name field', async () => {
    const user = userEvent.setup();
    renderList();
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Create user' }));
    // The dialog's code loads on intent, so it may arrive a moment after the click.
    const dialog = await screen.findByRole('dialog', { name: 'Create user' });
    await user.type(within(dialog).getByLabelText('User name'), 'list-ann');
    await user.click(within(dialog).getByRole('button', { name: 'Create user' }));
    expect(
      await within(dialog).findByText("A SAM user named 'list-ann' already exists."),
    ).toBeInTheDocument();
    expect(within(dialog).getByLabelText('User name')).toHaveAttribute('aria-invalid', 'true');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Create user' })).toHaveFocus();
  });

  it('does not keep showing "already exists" after the name is changed to one the rule refuses', async () => {
    const user = userEvent.setup();
    renderList();
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Create user' }));
    // The dialog's code loads on intent, so it may arrive a moment after the click.
    const dialog = await screen.findByRole('dialog', { name: 'Create user' });
    await user.type(within(dialog).getByLabelText('User name'), 'list-ann');
    await user.click(within(dialog).getByRole('button', { name: 'Create user' }));
    expect(
      await within(dialog).findByText("A SAM user named 'list-ann' already exists."),
    ).toBeInTheDocument();
    await user.clear(within(dialog).getByLabelText('User name'));
    await user.type(within(dialog).getByLabelText('User name'), 'not valid!');
    await user.click(within(dialog).getByRole('button', { name: 'Create user' }));
    expect(
      await within(dialog).findByText(
        "' ' (space) and '!' are not allowed. Use letters, digits and _ - . @ + = ,",
        { selector: '.field__error' },
      ),
    ).toBeInTheDocument();
    expect(within(dialog).queryByText(/already exists/)).toBeNull();
  });

  it('tells a SAM user without User:listUsers which permission is lacking', async () => {
    await createUser({ userName: 'list-nobody' });
    await createUserPassword({ userName: 'list-nobody', password: 'nobody-pass-1' });
    const answer = await auth({
      operatorId: live.operatorId,
      userName: 'list-nobody',
      password: 'nobody-pass-1',
    });
    writeSession(sessionFromSignIn(answer, 'user', 'list-nobody'));
    renderList();
    expect(await screen.findByText('You do not have permission to see this')).toBeInTheDocument();
    expect(screen.getByText('User:listUsers')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('tells a SAM user who may list but not create which permission the create lacks', async () => {
    await createUser({ userName: 'list-reader' });
    await createUserPassword({ userName: 'list-reader', password: 'reader-pass-1' });
    await updateUserPermission({
      userName: 'list-reader',
      permission: JSON.stringify({
        statements: [{ effect: 'allow', api: ['User:listUsers', 'User:getUserMFAStatus'] }],
      }),
    });
    const answer = await auth({
      operatorId: live.operatorId,
      userName: 'list-reader',
      password: 'reader-pass-1',
    });
    writeSession(sessionFromSignIn(answer, 'user', 'list-reader'));
    const user = userEvent.setup();
    renderList();
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Create user' }));
    // The dialog's code loads on intent, so it may arrive a moment after the click.
    const dialog = await screen.findByRole('dialog', { name: 'Create user' });
    await user.type(within(dialog).getByLabelText('User name'), 'list-forbidden');
    await user.click(within(dialog).getByRole('button', { name: 'Create user' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'your permissions lack User:createUser',
    );
    expect(within(dialog).getByRole('button', { name: 'Create user' })).toBeEnabled();
  });

  it('keeps a SAM user who may create but not read users on the list, with the new row', async () => {
    await createUser({ userName: 'list-maker' });
    await createUserPassword({ userName: 'list-maker', password: 'maker-pass-1' });
    await updateUserPermission({
      userName: 'list-maker',
      permission: JSON.stringify({
        statements: [
          {
            effect: 'allow',
            api: ['User:listUsers', 'User:getUserMFAStatus', 'User:createUser', 'User:getDefaultPermissions'],
          },
          {
            effect: 'allow',
            api: ['User:getUser', 'User:getUserPermission'],
            condition: "pathVariable('user_name') == samUserName",
          },
        ],
      }),
    });
    const answer = await auth({
      operatorId: live.operatorId,
      userName: 'list-maker',
      password: 'maker-pass-1',
    });
    writeSession(sessionFromSignIn(answer, 'user', 'list-maker'));
    const user = userEvent.setup();
    const { history } = renderList();
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Create user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create user' });
    await user.type(within(dialog).getByLabelText('User name'), 'list-made');
    await user.click(within(dialog).getByRole('button', { name: 'Create user' }));
    expect(await screen.findByText('User list-made created.')).toBeInTheDocument();
    await waitFor(() => expect(rowNames()).toContain('list-made'));
    expect(history.location.pathname).toBe('/users');
  });
});
