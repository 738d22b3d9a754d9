// @vitest-environment jsdom
// The Default permissions page against the real local API: the same checks and review as a user's permission, the
// offer to revoke every SAM user's tokens (listed, with progress and failures), and whose access a new deny takes away.
import { beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  auth,
  deleteUser,
  getDefaultPermissions,
  listUsers,
  sessionFromSignIn,
  updateDefaultPermissions,
  updateUserPermission,
  writeSession,
} from '../../api/index.ts';
import { setUpLiveApi } from '../../test/set-up-live-api.ts';
import DefaultPermissionsPage from './default-permissions-page.tsx';
import { loadCatalogue } from '../../permissions/index.ts';
import {
  editorView,
  freshUser,
  giveRangesRectangles,
  HEAVY_WAIT,
  PASSWORD,
  renderWithClient,
  saveButton,
  setText,
} from './permissions-test-kit.tsx';

const live = setUpLiveApi();
beforeAll(giveRangesRectangles);

const GET_OWN_USER = JSON.stringify(
  {
    statements: [
      { effect: 'allow', api: 'User:getUser', condition: "pathVariable('user_name') == samUserName" },
    ],
  },
  null,
  2,
);

/** Saves `text` as the default permissions through the editor and its review; answers the offer that follows. */
async function saveDefaults(user: ReturnType<typeof userEvent.setup>, text: string): Promise<HTMLElement> {
  const view = await editorView('Default permissions document');
  setText(view, text);
  await waitFor(() => expect(saveButton()).toBeEnabled());
  await user.click(saveButton());
  const review = await screen.findByRole('dialog', { name: 'Review and save' });
  await user.click(within(review).getByRole('button', { name: 'Save' }));
  return screen.findByRole('alertdialog', { name: 'Apply the change now?' });
}

/**
 * Runs `body` with the default permissions as they are, then puts them back and the root session with them, whatever
 * it did.
 */
async function restoringDefaults(body: (previous: string) => Promise<void>): Promise<void> {
  const previous = (await getDefaultPermissions()).defaultPermissions;
  try {
    await body(previous);
  } finally {
    writeSession(live.rootSession);
    await updateDefaultPermissions({ permissions: previous || '{"statements":[]}' });
  }
}

/** A new SAM user whose own permission holds `statements`. */
async function freshUserWith(statements: unknown[]): Promise<string> {
  const userName = await freshUser();
  await updateUserPermission({ userName, permission: JSON.stringify({ statements }) });
  return userName;
}

/** Renders the page signed in as `userName` (root when not given), saves GET_OWN_USER, and returns the offer. */
async function offerAfterSaving(
  user: ReturnType<typeof userEvent.setup>,
  userName?: string,
): Promise<HTMLElement> {
  if (userName) {
    const signedIn = await auth({ operatorId: live.operatorId, userName, password: PASSWORD });
    writeSession(sessionFromSignIn(signedIn, 'user', userName));
  }
  renderWithClient(<DefaultPermissionsPage />);
  return saveDefaults(user, GET_OWN_USER);
}

/** The users the offer lists, each with what it says beside them. */
function listed(offer: HTMLElement): string[] {
  return within(within(offer).getByRole('list'))
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

describe('DefaultPermissionsPage', () => {
  it('edits the default permissions with the same checks, saves them, and offers to revoke every user’s tokens', async () => {
    const user = userEvent.setup();
    // Users for the offer to list (the fresh database has none).
    await freshUser();
    await freshUser();
    await restoringDefaults(async () => {
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
      // Defaults apply to every SAM user: the offer names them all, with their count.
      const offer = await screen.findByRole('alertdialog', { name: 'Apply the change now?' });
      const everyone = (await listUsers()).map((entry) => entry.userName);
      expect(
        within(offer).getByRole('heading', { name: `Affects ${everyone.length} SAM users` }),
      ).toBeInTheDocument();
      expect(listed(offer)).toEqual(everyone);
      expect(offer).toHaveTextContent(
        'The default permissions are saved, but every SAM user keeps the old ones',
      );
      await user.click(within(offer).getByRole('button', { name: 'Not now' }));
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
    });
  });

  it('shows, before saving, whose access a new deny takes away once their own permission is combined', async () => {
    const user = userEvent.setup();
    const admin = await freshUserWith([{ effect: 'allow', api: '*' }]);
    await restoringDefaults(async (previous) => {
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
    });
  });

  it('revokes every user’s tokens on request, one by one, and lists the one that failed', async () => {
    const user = userEvent.setup();
    const signedIn = await freshUser();
    const leaver = await freshUser();
    const early = await auth({ operatorId: live.operatorId, userName: signedIn, password: PASSWORD });
    await restoringDefaults(async () => {
      const offer = await offerAfterSaving(user);
      const everyone = (await listUsers()).map((entry) => entry.userName);
      expect(listed(offer)).toContain(leaver);
      // Gone between the offer and the click: its revocation fails, and the others still go through.
      await deleteUser({ userName: leaver });
      await user.click(within(offer).getByRole('button', { name: 'Revoke tokens now' }));
      expect(
        await within(offer).findByText(`Partly done: ${everyone.length - 1} done, 1 failed.`),
      ).toHaveRole('status');
      const items = listed(offer);
      expect(items).toContain(`${signedIn}: Done`);
      expect(items.find((item) => item.startsWith(`${leaver}: `))).toMatch(
        new RegExp(`^${leaver}: Failed: .+`),
      );
      expect(items.filter((item) => item.endsWith(': Done'))).toHaveLength(everyone.length - 1);

      // The session opened before the change has ended.
      writeSession(sessionFromSignIn(early, 'user', signedIn));
      await expect(listUsers()).rejects.toMatchObject({ status: 401 });
      writeSession(live.rootSession);
      const footer = offer.querySelector('.dialog__footer');
      if (!(footer instanceof HTMLElement)) throw new Error('the offer has no footer');
      await user.click(within(footer).getByRole('button', { name: 'Close' }));
      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    });
  });

  it('skips, naming the API, the users a SAM user may not revoke, and warns when their own session would end', async () => {
    const user = userEvent.setup();
    const admin = await freshUser();
    const target = await freshUser();
    await updateUserPermission({
      userName: admin,
      permission: JSON.stringify({
        statements: [
          { effect: 'allow', api: '*' },
          {
            effect: 'deny',
            api: 'User:revokeUserAuthTokens',
            condition: `pathVariable('user_name') != '${target}' and pathVariable('user_name') != '${admin}'`,
          },
        ],
      }),
    });
    await restoringDefaults(async () => {
      const offer = await offerAfterSaving(user, admin);
      expect(offer).toHaveTextContent(
        'Your own user is one of them: its tokens are revoked last, this session ends too, and you will be asked to sign in again.',
      );
      const items = listed(offer);
      expect(items).toContain(target);
      expect(items).toContain(admin);
      const others = items.filter((item) => item !== target && item !== admin);
      expect(others.length).toBeGreaterThan(0);
      for (const item of others)
        expect(item).toMatch(/: Skipped: your permissions lack User:revokeUserAuthTokens for this user\.$/);
      expect(within(offer).getByRole('button', { name: 'Revoke tokens now' })).toBeEnabled();
      await user.click(within(offer).getByRole('button', { name: 'Not now' }));
    });
  });

  it('disables the offer, naming the API, when the principal may revoke nobody’s tokens', async () => {
    const user = userEvent.setup();
    const admin = await freshUserWith([
      { effect: 'allow', api: '*' },
      { effect: 'deny', api: 'User:revokeUserAuthTokens' },
    ]);
    await restoringDefaults(async () => {
      const offer = await offerAfterSaving(user, admin);
      const revoke = within(offer).getByRole('button', { name: 'Revoke tokens now' });
      expect(revoke).toBeDisabled();
      expect(revoke).toHaveAccessibleDescription('Needs User:revokeUserAuthTokens');
      expect(offer).not.toHaveTextContent('Your own user is one of them');
    });
  });
});
