// @vitest-environment jsdom
// Component tests of the AuthKeys tab against the real local API: generate, the one-time secret, details, delete.
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { auth, deleteUserAuthKey, generateUserAuthKey, listUserAuthKeys } from '../../api/index.ts';
import { userKeys } from '../../queries/query-keys.ts';
import { setUpLiveApi } from '../../test/set-up-live-api.ts';
import { freshUsers } from '../../test/fresh-users.ts';
import { cacheText } from '../../test/cache-text.ts';
import AuthKeysTab from './auth-keys-tab.tsx';
import { renderWithQueryClient } from '../../test/render-with-app.tsx';

setUpLiveApi();

const freshUser = freshUsers('keys-user');

function renderTab(userName: string) {
  return renderWithQueryClient(<AuthKeysTab userName={userName} />);
}

describe('AuthKeysTab', () => {
  it('offers to generate a key when the user has none', async () => {
    const userName = await freshUser();
    renderTab(userName);
    expect(await screen.findByText(`${userName} has no AuthKeys`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Generate AuthKey' })).toBeEnabled();
  });

  it('shows a new secret once, keeps it out of the query cache and storage, and forgets it after closing', async () => {
    const user = userEvent.setup();
    const userName = await freshUser();
    const client = renderTab(userName);
    await user.click(await screen.findByRole('button', { name: 'Generate AuthKey' }));

    const dialog = await screen.findByRole('dialog', { name: `New AuthKey for ${userName}` });
    const authKeyId =
      within(dialog).getByRole('group', { name: 'AuthKey ID' }).querySelector('code')?.textContent ?? '';
    const authKey =
      within(dialog).getByRole('group', { name: 'AuthKey secret' }).querySelector('code')?.textContent ?? '';
    expect(authKeyId).toMatch(/^keyId-/);
    expect(authKey).toMatch(/^secret-/);

    // The list behind the dialog is refetched and shows the key, without its secret.
    expect(await screen.findByRole('rowheader', { name: authKeyId })).toBeInTheDocument();
    const queryData = JSON.stringify(
      client
        .getQueryCache()
        .getAll()
        .map((query) => query.state.data),
    );
    expect(queryData).toContain(authKeyId);
    expect(queryData).not.toContain(authKey);
    expect(JSON.stringify({ ...sessionStorage })).not.toContain(authKey);
    expect(JSON.stringify({ ...localStorage })).not.toContain(authKey);

    // The secret shown is the real one: it signs in.
    await expect(auth({ authKeyId, authKey })).resolves.toMatchObject({ userName });

    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    await user.click(
      within(screen.getByRole('alertdialog', { name: 'Have you saved the secret?' })).getByRole('button', {
        name: 'Yes, close',
      }),
    );

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(document.body.innerHTML).not.toContain(authKey);
    await waitFor(() => expect(cacheText(client)).not.toContain(authKey));
    expect(client.getMutationCache().getAll()).toHaveLength(0);
  });

  it('marks the user list stale when a key is generated, so its AuthKey count catches up', async () => {
    const user = userEvent.setup();
    const userName = await freshUser();
    const client = renderTab(userName);
    client.setQueryData(userKeys.list(), []);
    expect(client.getQueryState(userKeys.list())?.isInvalidated).toBe(false);

    await user.click(await screen.findByRole('button', { name: 'Generate AuthKey' }));
    await screen.findByRole('dialog', { name: `New AuthKey for ${userName}` });
    await waitFor(() => expect(client.getQueryState(userKeys.list())?.isInvalidated).toBe(true));
  });

  it('lists keys with created, last used ("never" until used) and age, and shows one key in detail', async () => {
    const user = userEvent.setup();
    const userName = await freshUser();
    const unused = await generateUserAuthKey({ userName });
    const used = await generateUserAuthKey({ userName });
    await auth({ authKeyId: used.authKeyId, authKey: used.authKey });
    renderTab(userName);

    const unusedRow = (await screen.findByRole('rowheader', { name: unused.authKeyId })).closest('tr');
    const usedRow = screen.getByRole('rowheader', { name: used.authKeyId }).closest('tr');
    if (!unusedRow || !usedRow) throw new Error('the key rows are missing');
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(cells(unusedRow)[1]).toBe('never');
    expect(cells(usedRow)[1]).toBe('just now');
    expect(cells(unusedRow)[2]).toBe('less than a minute');
    expect(screen.getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'AuthKey ID',
      'Created',
      'Last used',
      'Age',
      'Actions',
    ]);

    await user.click(within(usedRow).getByRole('button', { name: `Details of ${used.authKeyId}` }));
    const details = await screen.findByRole('dialog', { name: 'AuthKey details' });
    await within(details).findByText(used.authKeyId);
    expect(details).toHaveTextContent('Last used to sign in');
    expect(details).not.toHaveTextContent(used.authKey);
    expect(details).toHaveTextContent(/Shown only once/);
  });

  it('says so when the key behind the details was deleted elsewhere', async () => {
    const user = userEvent.setup();
    const userName = await freshUser();
    const key = await generateUserAuthKey({ userName });
    renderTab(userName);
    const button = await screen.findByRole('button', { name: `Details of ${key.authKeyId}` });
    await deleteUserAuthKey({ userName, authKeyId: key.authKeyId });
    await user.click(button);
    const details = await screen.findByRole('dialog', { name: 'AuthKey details' });
    expect(await within(details).findByRole('alert')).toHaveTextContent(
      `No AuthKey '${key.authKeyId}' for this user.`,
    );
  });

  it('deletes a key only after confirmation, and the key no longer signs in', async () => {
    const user = userEvent.setup();
    const userName = await freshUser();
    const key = await generateUserAuthKey({ userName });
    renderTab(userName);

    await user.click(await screen.findByRole('button', { name: `Delete ${key.authKeyId}` }));
    const question = screen.getByRole('alertdialog', { name: 'Delete this AuthKey?' });
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(await listUserAuthKeys({ userName })).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: `Delete ${key.authKeyId}` }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete AuthKey' }));
    expect(await screen.findByText(`${userName} has no AuthKeys`)).toBeInTheDocument();
    expect(await listUserAuthKeys({ userName })).toHaveLength(0);
    await expect(auth({ authKeyId: key.authKeyId, authKey: key.authKey })).rejects.toMatchObject({
      status: 401,
    });
  });
});
