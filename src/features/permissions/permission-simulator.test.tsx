// @vitest-environment jsdom
// The simulator of the permission editor against the real local API: the unsaved draft with the default
// permissions, the deciding statement, calls the server always allows, and a deny in the default permissions.
import { beforeAll, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getDefaultPermissions, updateDefaultPermissions } from '../../api/index.ts';
import { setUpLiveApi } from '../../test/set-up-live-api.ts';
import UserPermissionsTab from './user-permissions-tab.tsx';
import {
  editorView,
  freshUser,
  giveRangesRectangles,
  renderWithClient,
  setText,
} from './permissions-test-kit.tsx';

setUpLiveApi();
beforeAll(giveRangesRectangles);

describe('UserPermissionsTab simulator', () => {
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
});
