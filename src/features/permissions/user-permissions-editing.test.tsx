// @vitest-environment jsdom
// The permission editor against the real local API, as a user types: the starting document, problems with their
// places, the API name at the cursor, typing, leaving with unsaved changes, formatting, a stored document and a 403.
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { auth, readSession, sessionFromSignIn, updateUserPermission, writeSession } from '../../api/index.ts';
import { setUpLiveApi } from '../../test/set-up-live-api.ts';
import UserPermissionsTab from './user-permissions-tab.tsx';
import { EMPTY_DOCUMENT } from './starting-document.ts';
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

describe('UserPermissionsTab editing', () => {
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

    // Diagnosing the draft against the whole API catalogue is the heavy step: wait for its answer, however long.
    const problems = await screen.findByRole('region', { name: 'Problems' }, HEAVY_WAIT);
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
    await waitFor(
      () => expect(document.querySelector('.cm-lintRange-error')?.textContent).toBe('"alow"'),
      HEAVY_WAIT,
    );
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
    const history = renderWithClient(<UserPermissionsTab userName={userName} />);
    const view = await editorView(`Permission document of ${userName}`);
    setText(view, '{"statements": [{"effect": "allow", "api": "User:listUsers"}]}');
    // The edit reaches the page's state in a render of its own: leave only once the page knows it has changes.
    expect(await screen.findByText('Unsaved changes')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go elsewhere' }));
    const question = await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(history.location.pathname).toBe('/');
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
