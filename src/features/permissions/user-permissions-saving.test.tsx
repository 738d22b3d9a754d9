// @vitest-environment jsdom
// Saving a user's permission against the real local API: the review (diff, delta, confirmations), revoking tokens,
// someone else saving meanwhile, a SAM user editing their own permission, and what a save marks stale.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  auth,
  getUser,
  getUserPermission,
  listUsers,
  readSession,
  sessionFromSignIn,
  updateUserPermission,
  writeSession,
} from '../../api/index.ts';
import { userKeys } from '../../queries/query-keys.ts';
import { setUpLiveApi } from '../../test/set-up-live-api.ts';
import UserPermissionsTab from './user-permissions-tab.tsx';
import { findTemplate } from './permission-templates.ts';
import { useSaveUserPermission } from './permissions-queries.ts';
import {
  editorView,
  freshUser,
  giveRangesRectangles,
  HEAVY_WAIT,
  PASSWORD,
  renderWithClient,
  saveButton,
  setText,
  signInAsUserAllowedEverything as signInAsUserAllowedEverythingOn,
  useTemplate,
} from './permissions-test-kit.tsx';

const live = setUpLiveApi();
beforeAll(giveRangesRectangles);

const signInAsUserAllowedEverything = (userName: string) =>
  signInAsUserAllowedEverythingOn(live.operatorId, userName);

describe('UserPermissionsTab saving', () => {
  it('asks for an explicit confirmation before granting everything', async () => {
    const user = userEvent.setup();
    const userName = await freshUser();
    renderWithClient(<UserPermissionsTab userName={userName} />);
    await editorView(`Permission document of ${userName}`);
    await useTemplate(user, 'Full access');
    await user.click(saveButton());
    // The review lists every operation of the catalogue as newly allowed: the heaviest render of these tests.
    const dialog = await screen.findByRole('dialog', { name: 'Review and save' }, HEAVY_WAIT);
    const save = within(dialog).getByRole('button', { name: 'Save' });
    expect(save).toBeDisabled();
    await user.click(within(dialog).getByRole('checkbox', { name: /I understand this grants \*/ }));
    expect(save).toBeEnabled();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await getUserPermission({ userName })).toEqual({ permission: '' });
  });

  it('reviews the diff and the delta, saves, and revokes the user’s tokens on request', async () => {
    const user = userEvent.setup();
    const userName = await freshUser();
    const before = await auth({ operatorId: live.operatorId, userName, password: PASSWORD });
    const root = readSession();
    // The early session works, and its (empty) permission denies listUsers.
    writeSession(sessionFromSignIn(before, 'user', userName));
    await expect(listUsers()).rejects.toMatchObject({ status: 403 });
    if (root) writeSession(root);
    renderWithClient(<UserPermissionsTab userName={userName} />);
    await editorView(`Permission document of ${userName}`);

    await useTemplate(user, 'Change own password');
    await user.click(saveButton());
    const dialog = await screen.findByRole('dialog', { name: 'Review and save' });
    const diffLines = within(within(dialog).getByRole('region', { name: 'Document diff' })).getAllByRole(
      'listitem',
    );
    // Nothing was stored: every line is added, marked with + and in words.
    expect(diffLines.every((line) => /^\+Added: /.test(line.textContent ?? ''))).toBe(true);
    expect(diffLines.map((line) => line.textContent?.replace(/^\+Added: /, '')).join('\n')).toBe(
      findTemplate('change-own-password')?.text,
    );
    expect(within(dialog).getByRole('heading', { name: 'Newly allowed (3)' })).toBeInTheDocument();
    for (const api of ['User:getUser', 'User:hasUserPassword', 'User:updateUserPassword'])
      expect(within(dialog).getByText(api)).toBeInTheDocument();
    expect(within(dialog).getAllByText('denied → allowed under a condition')).toHaveLength(3);
    expect(within(dialog).queryByRole('checkbox')).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const offer = await screen.findByRole('alertdialog', { name: 'Apply the change now?' });
    expect(offer).not.toHaveTextContent('This is your own user');
    expect(screen.queryByRole('dialog', { name: 'Review and save' })).not.toBeInTheDocument();
    expect((await getUserPermission({ userName })).permission).toBe(
      findTemplate('change-own-password')?.text,
    );
    expect(saveButton()).toBeDisabled();

    await user.click(within(offer).getByRole('button', { name: 'Revoke tokens now' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    // The token issued before the change no longer works.
    writeSession(sessionFromSignIn(before, 'user', userName));
    await expect(listUsers()).rejects.toMatchObject({ status: 401 });
    if (root) writeSession(root);
  });
});

describe('UserPermissionsTab when someone else saves meanwhile', () => {
  it('reviews against their version, says so, and lets Revert bring theirs back', async () => {
    const user = userEvent.setup();
    const userName = await freshUser();
    await updateUserPermission({
      userName,
      permission: JSON.stringify({ statements: [{ effect: 'allow', api: 'Sim:listSims' }] }),
    });
    renderWithClient(<UserPermissionsTab userName={userName} />);
    const view = await editorView(`Permission document of ${userName}`);
    setText(
      view,
      JSON.stringify(
        { statements: [{ effect: 'allow', api: ['Sim:listSims', 'Billing:getBilling'] }] },
        null,
        2,
      ),
    );

    // A colleague adds User:listUsers while this editor is open.
    const theirs = JSON.stringify({
      statements: [{ effect: 'allow', api: ['Sim:listSims', 'User:listUsers'] }],
    });
    await updateUserPermission({ userName, permission: theirs });

    await user.click(saveButton());
    const dialog = await screen.findByRole('dialog', { name: 'Review and save' });
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      `Someone else saved a different version of the permission of ${userName} since you opened it.`,
    );
    // Saving would take User:listUsers away from what is stored now: the delta says so.
    expect(within(dialog).getByRole('heading', { name: 'Newly denied (1)' })).toBeInTheDocument();
    expect(within(dialog).getByText('User:listUsers')).toBeInTheDocument();
    const removed = within(within(dialog).getByRole('region', { name: 'Document diff' }))
      .getAllByRole('listitem')
      .filter((line) => line.textContent?.startsWith('-Removed: '));
    expect(removed.map((line) => line.textContent)).toEqual(['-Removed:         "User:listUsers"']);

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Revert' }));
    expect(view.state.doc.toString()).toContain('"User:listUsers"');
    expect(saveButton()).toBeDisabled();
  });

  it('says nothing when the stored document did not change', async () => {
    const user = userEvent.setup();
    const userName = await freshUser();
    renderWithClient(<UserPermissionsTab userName={userName} />);
    const view = await editorView(`Permission document of ${userName}`);
    setText(view, JSON.stringify({ statements: [{ effect: 'allow', api: 'Sim:listSims' }] }, null, 2));
    await user.click(saveButton());
    const dialog = await screen.findByRole('dialog', { name: 'Review and save' });
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    // Its own save is not someone else's change: a second edit reviews without the warning.
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await user.click(await screen.findByRole('button', { name: 'Not now' }));
    setText(
      view,
      JSON.stringify({ statements: [{ effect: 'allow', api: ['Sim:listSims', 'Sim:getSim'] }] }, null, 2),
    );
    await user.click(saveButton());
    const again = await screen.findByRole('dialog', { name: 'Review and save' });
    expect(within(again).getByRole('heading', { name: 'Newly allowed (1)' })).toBeInTheDocument();
    expect(within(again).queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('UserPermissionsTab for a SAM user editing their own permission', () => {
  it('asks for a confirmation before they remove their own right to change it, and saves once confirmed', async () => {
    const user = userEvent.setup();
    const userName = await freshUser();
    await signInAsUserAllowedEverything(userName);
    try {
      renderWithClient(<UserPermissionsTab userName={userName} />);
      const view = await editorView(`Permission document of ${userName}`);
      setText(
        view,
        JSON.stringify(
          {
            statements: [
              { effect: 'allow', api: '*' },
              { effect: 'deny', api: 'User:updateUserPermission' },
            ],
          },
          null,
          2,
        ),
      );
      await user.click(saveButton());
      const dialog = await screen.findByRole('dialog', { name: 'Review and save' });
      const warning = within(dialog).getByRole('group', {
        name: 'You are removing your own access to your permission',
      });
      expect(warning).toHaveTextContent(
        'After this change you can no longer call User:updateUserPermission on your own user',
      );
      const save = within(dialog).getByRole('button', { name: 'Save' });
      expect(save).toBeDisabled();
      await user.click(
        within(warning).getByRole('checkbox', { name: 'I understand I cannot undo this myself' }),
      );
      expect(save).toBeEnabled();
      await user.click(save);
      await waitFor(() =>
        expect(screen.queryByRole('dialog', { name: 'Review and save' })).not.toBeInTheDocument(),
      );
      // The offer to revoke says it ends this very session.
      const offer = await screen.findByRole('alertdialog', { name: 'Apply the change now?' });
      expect(offer).toHaveTextContent(
        'This is your own user: revoking ends this session too, and you will be asked to sign in again.',
      );
      writeSession(live.rootSession);
      expect((await getUserPermission({ userName })).permission).toContain('User:updateUserPermission');
    } finally {
      writeSession(live.rootSession);
    }
  });

  it('does not ask when the change keeps their own access', async () => {
    const user = userEvent.setup();
    const userName = await freshUser();
    await signInAsUserAllowedEverything(userName);
    try {
      renderWithClient(<UserPermissionsTab userName={userName} />);
      const view = await editorView(`Permission document of ${userName}`);
      setText(
        view,
        JSON.stringify(
          {
            statements: [
              { effect: 'allow', api: '*' },
              { effect: 'deny', api: 'User:deleteUser' },
            ],
          },
          null,
          2,
        ),
      );
      await user.click(saveButton());
      const dialog = await screen.findByRole('dialog', { name: 'Review and save' });
      expect(within(dialog).queryByRole('group', { name: /your own access/ })).not.toBeInTheDocument();
      expect(within(dialog).getByRole('button', { name: 'Save' })).toBeEnabled();
    } finally {
      writeSession(live.rootSession);
    }
  });
});

describe('useSaveUserPermission', () => {
  it('marks the user detail and the user list stale, so the list the default permissions page reads has the new permission', async () => {
    const userName = await freshUser();
    const client = new QueryClient({
      defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
    });
    await client.prefetchQuery({ queryKey: userKeys.list(), queryFn: listUsers });
    await client.prefetchQuery({ queryKey: userKeys.detail(userName), queryFn: () => getUser({ userName }) });
    const { result } = renderHook(() => useSaveUserPermission(userName), {
      wrapper: ({ children }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>,
    });
    expect(client.getQueryState(userKeys.list())?.isInvalidated).toBe(false);
    expect(client.getQueryState(userKeys.detail(userName))?.isInvalidated).toBe(false);

    await result.current.mutateAsync(
      JSON.stringify({ statements: [{ effect: 'allow', api: 'User:getUser' }] }),
    );
    expect(client.getQueryState(userKeys.list())?.isInvalidated).toBe(true);
    expect(client.getQueryState(userKeys.detail(userName))?.isInvalidated).toBe(true);
  });
});
