// @vitest-environment jsdom
// Component tests of the permission editor against the real local API: diagnostics, templates, review, save, revoke, simulator, 403.
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { EditorView } from '@codemirror/view';
import { createMemoryRouter, Link, RouterProvider } from 'react-router';
import {
  auth,
  createUser,
  createUserPassword,
  getDefaultPermissions,
  getUser,
  getUserPermission,
  listUsers,
  readSession,
  sessionFromSignIn,
  updateDefaultPermissions,
  updateUserPermission,
  writeSession,
} from '../../api/index.ts';
import { userKeys } from '../../queries/query-keys.ts';
import { setUpLiveApi } from '../../test/set-up-live-api.ts';
import UserPermissionsTab from './user-permissions-tab.tsx';
import DefaultPermissionsPage from './default-permissions-page.tsx';
import { EMPTY_DOCUMENT } from './starting-document.ts';
import { findTemplate } from './permission-templates.ts';
import { useSaveUserPermission } from './permissions-queries.ts';
import { loadCatalogue } from '../../permissions/index.ts';

const PASSWORD = 'component-test-password';
const live = setUpLiveApi();
let userCount = 0;

beforeAll(() => {
  // jsdom lays nothing out: CodeMirror's measuring asks ranges for rectangles, which jsdom lacks.
  if (!('getClientRects' in Range.prototype)) {
    Object.assign(Range.prototype, {
      getClientRects: () => [],
      getBoundingClientRect: () => new DOMRect(0, 0, 0, 0),
    });
  }
});

async function freshUser(): Promise<string> {
  userCount += 1;
  const userName = `perm-user-${userCount}`;
  await createUser({ userName });
  await createUserPassword({ userName, password: PASSWORD });
  return userName;
}

/** Renders in a memory router (the editor guards leaving with unsaved changes) with a fresh query client. */
function renderWithClient(ui: React.ReactElement) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const router = createMemoryRouter([
    {
      path: '/',
      element: (
        <>
          {ui}
          <Link to="/elsewhere">Go elsewhere</Link>
        </>
      ),
    },
    { path: '/elsewhere', element: <p>Somewhere else</p> },
  ]);
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

async function editorView(name: string): Promise<EditorView> {
  const content = await screen.findByRole('textbox', { name });
  const view = EditorView.findFromDOM(content);
  if (!view) throw new Error('no CodeMirror view');
  return view;
}

function setText(view: EditorView, text: string) {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}

function saveButton() {
  return screen.getByRole('button', { name: 'Review and save…' });
}

async function useTemplate(user: ReturnType<typeof userEvent.setup>, label: string) {
  await user.selectOptions(screen.getByLabelText('Template'), label);
  await user.click(screen.getByRole('button', { name: 'Use template' }));
}

describe('UserPermissionsTab', () => {
  it('starts a user without a permission from an empty, valid document with nothing to save', async () => {
    const userName = await freshUser();
    renderWithClient(<UserPermissionsTab userName={userName} />);
    const view = await editorView(`Permission document of ${userName}`);
    expect(view.state.doc.toString()).toBe(EMPTY_DOCUMENT);
    expect(screen.getByText('No problems')).toBeInTheDocument();
    expect(saveButton()).toBeDisabled();
    expect(screen.getByText('No changes to save.')).toBeInTheDocument();
  });

  it('lists errors and warnings with their line and column, marks them in the editor, and blocks saving only for errors', async () => {
    const userName = await freshUser();
    renderWithClient(<UserPermissionsTab userName={userName} />);
    const view = await editorView(`Permission document of ${userName}`);
    setText(view, '{\n  "statements": [\n    { "effect": "alow", "api": "User:listUser" }\n  ]\n}');

    const problems = await screen.findByRole('region', { name: 'Problems' });
    const items = within(problems).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Line 3, column 17Error"effect" must be "allow" or "deny", not "alow"',
      'Line 3, column 32Warning"User:listUser" is not in the API catalogue',
    ]);
    // Each place is a button that, focused alone, still tells what is wrong there.
    expect(within(problems).getByRole('button', { name: 'Line 3, column 17' })).toHaveAccessibleDescription(
      'Error "effect" must be "allow" or "deny", not "alow"',
    );
    expect(saveButton()).toBeDisabled();
    expect(screen.getByText('1 error, 1 warning')).toBeInTheDocument();
    expect(
      screen.getByText('The draft has errors, so none of its statements count here until they are fixed.'),
    ).toBeInTheDocument();
    // The lint source runs after a short delay and marks the exact characters.
    await waitFor(() => expect(document.querySelector('.cm-lintRange-error')?.textContent).toBe('"alow"'));
    expect(document.querySelector('.cm-lintRange-warning')?.textContent).toBe('"User:listUser"');

    // Fixing the error leaves a warning, which does not block saving.
    setText(view, '{\n  "statements": [\n    { "effect": "allow", "api": "User:listUser" }\n  ]\n}');
    await waitFor(() => expect(saveButton()).toBeEnabled());
    expect(screen.getByText('1 warning')).toBeInTheDocument();
    expect(screen.queryByText(/The draft has errors/)).not.toBeInTheDocument();
  });

  it('describes the API name under the cursor, as the hover does, for keyboard and screen-reader users', async () => {
    const userName = await freshUser();
    renderWithClient(<UserPermissionsTab userName={userName} />);
    const view = await editorView(`Permission document of ${userName}`);
    const text =
      '{"statements": [{"effect": "allow", "api": ["Billing:*", "User:listUsers"], "condition": "samUserName == \'a\'"}]}';
    setText(view, text);
    const atCursor = screen.getByRole('status', { name: 'API name at the cursor' });
    view.dispatch({ selection: { anchor: text.indexOf('Billing:*') + 3 } });
    await waitFor(() =>
      expect(atCursor).toHaveTextContent(/^Billing:\* covers \d+ operations of \d+: Billing:/),
    );
    view.dispatch({ selection: { anchor: text.indexOf('User:listUsers') } });
    await waitFor(() =>
      expect(atCursor).toHaveTextContent('User:listUsers: GET /v1/operators/{operator_id}/users'),
    );
    // Anywhere else (a condition, a key): nothing to describe.
    view.dispatch({ selection: { anchor: text.indexOf('samUserName') } });
    await waitFor(() => expect(atCursor).toBeEmptyDOMElement());
  });

  it('takes typed text: keys typed into the editor reach the draft', async () => {
    const user = userEvent.setup();
    const userName = await freshUser();
    renderWithClient(<UserPermissionsTab userName={userName} />);
    const view = await editorView(`Permission document of ${userName}`);
    view.dispatch({ selection: { anchor: 1 } });
    view.focus();
    await user.keyboard('x');
    await waitFor(() => expect(view.state.doc.toString()).toBe(`{x${EMPTY_DOCUMENT.slice(1)}`));
    expect(await screen.findByText('Unsaved changes')).toBeInTheDocument();
    expect(saveButton()).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Revert' }));
    expect(view.state.doc.toString()).toBe(EMPTY_DOCUMENT);
    expect(screen.queryByText('Unsaved changes')).not.toBeInTheDocument();
  });

  it('asks before leaving with unsaved changes, and leaves freely once they are reverted', async () => {
    const user = userEvent.setup();
    const userName = await freshUser();
    const router = renderWithClient(<UserPermissionsTab userName={userName} />);
    const view = await editorView(`Permission document of ${userName}`);
    setText(view, '{"statements": [{"effect": "allow", "api": "User:listUsers"}]}');
    // The edit reaches the page's state in a render of its own: leave only once the page knows it has changes.
    expect(await screen.findByText('Unsaved changes')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go elsewhere' }));
    const question = await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(router.state.location.pathname).toBe('/');
    expect(view.state.doc.toString()).toContain('User:listUsers');

    await user.click(screen.getByRole('button', { name: 'Revert' }));
    await user.click(screen.getByRole('link', { name: 'Go elsewhere' }));
    expect(await screen.findByText('Somewhere else')).toBeInTheDocument();
  });

  it('formats a well-formed document and refuses to format a broken one', async () => {
    const user = userEvent.setup();
    const userName = await freshUser();
    renderWithClient(<UserPermissionsTab userName={userName} />);
    const view = await editorView(`Permission document of ${userName}`);
    setText(view, '{"statements":[{"effect":"allow","api":"User:listUsers"}]}');
    await user.click(screen.getByRole('button', { name: 'Format' }));
    expect(view.state.doc.toString()).toBe(
      '{\n  "statements": [\n    {\n      "effect": "allow",\n      "api": "User:listUsers"\n    }\n  ]\n}',
    );
    setText(view, '{"statements": [');
    await user.click(screen.getByRole('button', { name: 'Format' }));
    expect(view.state.doc.toString()).toBe('{"statements": [');
    expect(
      screen.getByText('Format needs well-formed JSON: fix the syntax error first.'),
    ).toBeInTheDocument();
  });

  it('asks for an explicit confirmation before granting everything', async () => {
    const user = userEvent.setup();
    const userName = await freshUser();
    renderWithClient(<UserPermissionsTab userName={userName} />);
    await editorView(`Permission document of ${userName}`);
    await useTemplate(user, 'Full access');
    await user.click(saveButton());
    const dialog = await screen.findByRole('dialog', { name: 'Review and save' });
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

  it('simulates the unsaved draft with the default permissions and names the deciding statement', async () => {
    const user = userEvent.setup();
    const userName = await freshUser();
    renderWithClient(<UserPermissionsTab userName={userName} />);
    const view = await editorView(`Permission document of ${userName}`);
    setText(
      view,
      JSON.stringify(
        {
          statements: [
            { effect: 'allow', api: 'User:*' },
            { effect: 'deny', api: 'User:deleteUser', condition: "pathVariable('user_name') == samUserName" },
          ],
        },
        null,
        2,
      ),
    );

    const simulator = screen.getByRole('region', { name: 'Simulator' });
    const result = within(simulator).getByRole('status', { name: 'Simulation result' });
    await user.clear(within(simulator).getByLabelText('Operation'));
    await user.type(within(simulator).getByLabelText('Operation'), 'User:deleteUser');
    // user_name is prefilled with the user being edited, as is the SAM user name: the deny holds.
    expect(within(simulator).getByLabelText(/Path variable\s*user_name/)).toHaveValue(userName);
    expect(within(simulator).getByLabelText('HTTP method')).toHaveValue('DELETE');
    expect(result).toHaveTextContent('Denied');
    expect(result).toHaveTextContent(
      'Denied by the user’s permission (this draft), statement 2 (User:deleteUser).',
    );

    await user.clear(within(simulator).getByLabelText(/Path variable\s*user_name/));
    await user.type(within(simulator).getByLabelText(/Path variable\s*user_name/), 'someone-else');
    expect(result).toHaveTextContent('Allowed by the user’s permission (this draft), statement 1 (User:*).');

    await user.click(within(simulator).getByRole('button', { name: 'Show statement 1 in the editor' }));
    const selected = view.state.selection.main;
    expect(view.state.sliceDoc(selected.from, selected.to)).toMatch(
      /^\{\s*"effect": "allow",\s*"api": "User:\*"\s*\}$/,
    );

    await user.clear(within(simulator).getByLabelText('Client IPv4 address'));
    await user.type(within(simulator).getByLabelText('Client IPv4 address'), '300.1.1.1');
    expect(within(simulator).getByText('Enter an IPv4 address such as 203.0.113.7.')).toBeInTheDocument();

    // The effective view counts every User operation for the draft.
    const userRow = screen.getByRole('rowheader', { name: 'User' }).closest('tr');
    expect(userRow).not.toBeNull();
    if (userRow) expect(within(userRow).getAllByRole('cell')[0]).toHaveTextContent(/^\d+$/);
  });

  it('answers as the server does for Auth:logout (always allowed, even under a deny of everything), and shows a HEAD operation’s method', async () => {
    const user = userEvent.setup();
    const userName = await freshUser();
    renderWithClient(<UserPermissionsTab userName={userName} />);
    const view = await editorView(`Permission document of ${userName}`);
    setText(view, JSON.stringify({ statements: [{ effect: 'deny', api: '*' }] }));
    const simulator = screen.getByRole('region', { name: 'Simulator' });
    const result = within(simulator).getByRole('status', { name: 'Simulation result' });
    await user.clear(within(simulator).getByLabelText('Operation'));
    await user.type(within(simulator).getByLabelText('Operation'), 'Auth:logout');
    expect(result).toHaveTextContent('Allowed');
    expect(result).toHaveTextContent(
      'Always allowed, whatever the permissions: a SAM user can always end their own session.',
    );
    expect(within(simulator).queryByRole('button', { name: /in the editor/ })).not.toBeInTheDocument();

    await user.clear(within(simulator).getByLabelText('Operation'));
    await user.type(within(simulator).getByLabelText('Operation'), 'FileEntry:getFileMetadata');
    const method = within(simulator).getByLabelText('HTTP method');
    expect(method).toHaveValue('HEAD');
    expect(within(method).getByRole('option', { name: 'HEAD' })).toHaveProperty('selected', true);
    expect(result).toHaveTextContent('Denied by the user’s permission (this draft), statement 1 (*).');
  });

  it('combines the default permissions: a deny there wins over the draft’s allow', async () => {
    const user = userEvent.setup();
    const userName = await freshUser();
    const previous = (await getDefaultPermissions()).defaultPermissions;
    await updateDefaultPermissions({
      permissions: JSON.stringify({ statements: [{ effect: 'deny', api: 'User:createUser' }] }),
    });
    try {
      renderWithClient(<UserPermissionsTab userName={userName} />);
      const view = await editorView(`Permission document of ${userName}`);
      setText(view, JSON.stringify({ statements: [{ effect: 'allow', api: '*' }] }));
      const simulator = screen.getByRole('region', { name: 'Simulator' });
      await user.clear(within(simulator).getByLabelText('Operation'));
      await user.type(within(simulator).getByLabelText('Operation'), 'User:createUser');
      expect(within(simulator).getByRole('status', { name: 'Simulation result' })).toHaveTextContent(
        'Denied by the default permissions, statement 1 (User:createUser).',
      );
      expect(within(simulator).queryByRole('button', { name: /in the editor/ })).not.toBeInTheDocument();
    } finally {
      await updateDefaultPermissions({ permissions: previous || '{"statements":[]}' });
    }
  });

  it('loads a stored document laid out, and says which permission is lacking on a 403', async () => {
    const userName = await freshUser();
    await updateUserPermission({
      userName,
      permission: '{"statements":[{"effect":"allow","api":"User:getUser"}]}',
    });
    renderWithClient(<UserPermissionsTab userName={userName} />);
    const view = await editorView(`Permission document of ${userName}`);
    expect(view.state.doc.toString()).toBe(
      '{\n  "statements": [\n    {\n      "effect": "allow",\n      "api": "User:getUser"\n    }\n  ]\n}',
    );
    cleanup();

    // A SAM user allowed only getUser cannot read permissions: the notice names the permission.
    const root = readSession();
    const signedIn = await auth({ operatorId: live.operatorId, userName, password: PASSWORD });
    writeSession(sessionFromSignIn(signedIn, 'user', userName));
    try {
      renderWithClient(<UserPermissionsTab userName={userName} />);
      const notice = await screen.findByRole('note');
      expect(notice).toHaveTextContent('Your permissions do not allow User:getUserPermission');
    } finally {
      if (root) writeSession(root);
    }
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

/** Gives the user a permission of `*` and makes them the signed-in session (tests go back to live.rootSession). */
async function signInAsUserAllowedEverything(userName: string): Promise<void> {
  await updateUserPermission({
    userName,
    permission: JSON.stringify({ statements: [{ effect: 'allow', api: '*' }] }),
  });
  const signedIn = await auth({ operatorId: live.operatorId, userName, password: PASSWORD });
  writeSession(sessionFromSignIn(signedIn, 'user', userName));
}

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
      expect(await screen.findByText("Condition: Use '==' to compare")).toBeInTheDocument();
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
