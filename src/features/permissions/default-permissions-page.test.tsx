// @vitest-environment jsdom
// The Default permissions page against the real local API: the same checks and review as a user's permission, no
// token revocation, and whose access a new deny takes away.
import { beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getDefaultPermissions, updateDefaultPermissions, updateUserPermission } from '../../api/index.ts';
import { setUpLiveApi } from '../../test/set-up-live-api.ts';
import DefaultPermissionsPage from './default-permissions-page.tsx';
import { loadCatalogue } from '../../permissions/index.ts';
import {
  editorView,
  freshUser,
  giveRangesRectangles,
  HEAVY_WAIT,
  renderWithClient,
  saveButton,
  setText,
} from './permissions-test-kit.tsx';

setUpLiveApi();
beforeAll(giveRangesRectangles);

describe('DefaultPermissionsPage', () => {
  it('edits the default permissions with the same checks, saves them, and offers no token revocation', async () => {
    const user = userEvent.setup();
    const previous = (await getDefaultPermissions()).defaultPermissions;
    try {
      renderWithClient(<DefaultPermissionsPage />);
      expect(screen.getByRole('heading', { level: 1, name: 'Default permissions' })).toBeInTheDocument();
      const view = await editorView('Default permissions document');
      setText(
        view,
        '{"statements": [{"effect": "allow", "api": "User:getUser", "condition": "samUserName = \'a\'"}]}',
      );
      expect(await screen.findByText("Condition: Use '==' to compare", {}, HEAVY_WAIT)).toBeInTheDocument();
      expect(saveButton()).toBeDisabled();

      const next = JSON.stringify(
        {
          statements: [
            { effect: 'allow', api: 'User:getUser', condition: "pathVariable('user_name') == samUserName" },
          ],
        },
        null,
        2,
      );
      setText(view, next);
      await waitFor(() => expect(saveButton()).toBeEnabled());
      await user.click(saveButton());
      const dialog = await screen.findByRole('dialog', { name: 'Review and save' });
      expect(within(dialog).getByRole('heading', { name: 'Newly allowed (1)' })).toBeInTheDocument();
      const removed = within(within(dialog).getByRole('region', { name: 'Document diff' }))
        .getAllByRole('listitem')
        .filter((line) => line.textContent?.startsWith('-Removed: '));
      expect(removed.map((line) => line.textContent)).toEqual(['-Removed:   "statements": []']);
      await user.click(within(dialog).getByRole('button', { name: 'Save' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      expect((await getDefaultPermissions()).defaultPermissions).toBe(next);
      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

      // Granting everything here grants it to every user: the confirmation says so.
      setText(view, JSON.stringify({ statements: [{ effect: 'allow', api: 'Use*' }] }));
      await waitFor(() => expect(saveButton()).toBeEnabled());
      await user.click(saveButton());
      const broad = await screen.findByRole('dialog', { name: 'Review and save' });
      expect(within(broad).getByRole('group', { name: 'This change grants User:*' })).toHaveTextContent(
        'every SAM user of the operator gets this, including users created later',
      );
      expect(within(broad).getByRole('button', { name: 'Save' })).toBeDisabled();
      await user.click(within(broad).getByRole('button', { name: 'Cancel' }));
    } finally {
      await updateDefaultPermissions({ permissions: previous || '{"statements":[]}' });
    }
  });

  it('shows, before saving, whose access a new deny takes away once their own permission is combined', async () => {
    const user = userEvent.setup();
    const admin = await freshUser();
    await updateUserPermission({
      userName: admin,
      permission: JSON.stringify({ statements: [{ effect: 'allow', api: '*' }] }),
    });
    const previous = (await getDefaultPermissions()).defaultPermissions;
    try {
      renderWithClient(<DefaultPermissionsPage />);
      const view = await editorView('Default permissions document');
      const statements = (JSON.parse(previous || '{"statements":[]}') as { statements: unknown[] })
        .statements;
      setText(
        view,
        JSON.stringify({ statements: [...statements, { effect: 'deny', api: 'User:*' }] }, null, 2),
      );
      await waitFor(() => expect(saveButton()).toBeEnabled());
      await user.click(saveButton());
      const dialog = await screen.findByRole('dialog', { name: 'Review and save' });
      const impact = within(dialog).getByRole('region', { name: 'Effect on each user' });
      // Every User operation their own `*` allowed is now denied for them.
      const userOps = (await loadCatalogue()).countMatching('User:*');
      const adminEntry = within(impact).getByText(admin).closest('li');
      expect(adminEntry).not.toBeNull();
      if (adminEntry)
        expect(adminEntry).toHaveTextContent(`${admin}: ${userOps} newly denied, 0 newly allowed`);
      await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    } finally {
      await updateDefaultPermissions({ permissions: previous || '{"statements":[]}' });
    }
  });
});
