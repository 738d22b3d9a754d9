// @vitest-environment jsdom
// A user's History tab and the Activity page against the real local API: the diff of a permission change, filters, paging, states.
import { Suspense, type ReactElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setUpLiveApi } from '../../test/set-up-live-api.ts';
import { freshUsers } from '../../test/fresh-users.ts';
import { renderWithApp as renderPage } from '../../test/render-with-app.tsx';
import {
  auth,
  isApiError,
  readSession,
  sessionFromSignIn,
  updateUserPermission,
  writeSession,
} from '../../api/index.ts';
import { UserHistoryTab } from './user-history-tab.tsx';
import { ActivityPage } from './activity-page.tsx';
import { AUDIT_PAGE_SIZE } from './audit-queries.ts';
import { loadAuditMessages } from './audit-messages.ts';

const live = setUpLiveApi();

/** The views wait (Suspense) for their texts, fetched with them as in the app. */
const renderWithApp = (element: ReactElement, options?: Parameters<typeof renderPage>[1]) =>
  renderPage(<Suspense fallback={null}>{element}</Suspense>, options);

// Their first fetch (a module transform here) may outlast a findBy's wait on a busy machine.
beforeAll(() => loadAuditMessages('en'));

const freshUser = freshUsers('audit');

const readOnly = JSON.stringify({ statements: [{ effect: 'allow', api: ['User:getUser'] }] });
const wider = JSON.stringify({ statements: [{ effect: 'allow', api: ['User:getUser', 'User:listUsers'] }] });

/** The table's body rows, each as the text of its cells. */
function rows(): HTMLElement[] {
  const table = screen.getByRole('table', { name: 'Audit entries, newest first' });
  return within(table).getAllByRole('row').slice(1);
}

describe('History tab', () => {
  it("lists the user's changes and sign-ins, and shows a permission change as a diff", async () => {
    const userName = await freshUser('history-password-1');
    await updateUserPermission({ userName, permission: readOnly });
    await updateUserPermission({ userName, permission: wider });
    await auth({ operatorId: live.operatorId, userName, password: 'a-wrong-password' }).catch(
      (error: unknown) => {
        if (!isApiError(error) || error.status !== 401) throw error;
      },
    );
    const user = userEvent.setup();
    renderWithApp(<UserHistoryTab userName={userName} />);
    await screen.findByRole('table', { name: 'Audit entries, newest first' });
    const texts = rows().map((row) => row.textContent ?? '');
    expect(texts[0]).toContain('Sign-in failed (password, wrong credentials)');
    expect(texts[0]).toContain('Failed (401)');
    expect(texts[1]).toContain('Permission changed');
    expect(texts[1]).toContain('Root user');
    expect(texts.some((text) => text.includes('Password set'))).toBe(true);
    expect(texts.at(-1)).toContain('User created');

    // The latest permission change: the diff shows the API added, laid out one per line.
    const latest = rows()[1];
    if (!latest) throw new Error('no permission row');
    await user.click(within(latest).getByText('Show the change'));
    const diff = within(latest).getByRole('list', { name: 'Permission changed: lines removed and added' });
    const added = within(diff)
      .getAllByRole('listitem')
      .filter((line) => line.textContent?.startsWith('+added: '));
    expect(added.map((line) => line.textContent)).toEqual([
      expect.stringContaining('"User:getUser",'),
      expect.stringContaining('"User:listUsers"'),
    ]);
    // Nothing else of the document changed: the only line removed is the one that gained a comma.
    const removed = within(diff)
      .getAllByRole('listitem')
      .filter((line) => line.textContent?.startsWith('−removed: '));
    expect(removed.map((line) => line.textContent)).toEqual([expect.stringMatching(/"User:getUser"$/)]);
  });

  it('says plainly that Soracom’s API has no such history, and calls nothing', async () => {
    renderWithApp(<UserHistoryTab userName="anyone" upstream />);
    expect(await screen.findByText(/Not provided by Soracom’s API/)).toBeInTheDocument();
    expect(screen.queryByText('Loading the activity…')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('names the permission a SAM user lacks instead of the history', async () => {
    const userName = await freshUser('history-password-2');
    await updateUserPermission({ userName, permission: readOnly });
    const root = readSession();
    if (!root) throw new Error('no root session');
    writeSession(
      sessionFromSignIn(
        await auth({ operatorId: live.operatorId, userName, password: 'history-password-2' }),
        'user',
        userName,
      ),
    );
    try {
      renderWithApp(<UserHistoryTab userName={userName} />);
      expect(await screen.findByText('AuditLog:getApiAuditLogs')).toBeInTheDocument();
      expect(screen.queryByRole('table')).toBeNull();
    } finally {
      writeSession(root);
    }
  });
});

describe('Activity page', () => {
  it('filters by kind and by user in the URL, and says when nothing matches', async () => {
    const userName = await freshUser();
    await updateUserPermission({ userName, permission: readOnly });
    const user = userEvent.setup();
    const { history } = renderWithApp(<ActivityPage />, { path: '/activity', url: '/activity' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Activity' })).toBeInTheDocument();
    await screen.findByRole('table', { name: 'Audit entries, newest first' });

    await user.selectOptions(screen.getByLabelText('Kind'), 'Permissions');
    await waitFor(() => expect(history.location.search).toBe('?kind=permission'));
    await waitFor(() =>
      expect(rows().every((row) => /Permission|Default permissions/.test(row.textContent ?? ''))).toBe(true),
    );
    expect(rows().some((row) => row.textContent?.includes(userName))).toBe(true);

    await user.type(screen.getByLabelText('User'), 'nobody-here');
    await user.click(screen.getByRole('button', { name: 'Filter' }));
    await waitFor(() => expect(history.location.search).toBe('?user=nobody-here&kind=permission'));
    expect(await screen.findByText('No entry matches these filters')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(history.location.search).toBe(''));
    await screen.findByRole('table', { name: 'Audit entries, newest first' });
  });

  it('shows older entries a page at a time', async () => {
    const userName = await freshUser();
    // More than a page of entries about one user.
    for (let i = 0; i <= AUDIT_PAGE_SIZE; i += 1)
      await updateUserPermission({ userName, permission: i % 2 ? readOnly : wider });
    const user = userEvent.setup();
    renderWithApp(<ActivityPage />, { path: '/activity', url: `/activity?user=${userName}` });
    await screen.findByRole('table', { name: 'Audit entries, newest first' });
    expect(rows()).toHaveLength(AUDIT_PAGE_SIZE);
    await user.click(screen.getByRole('button', { name: 'Show older entries' }));
    await waitFor(() => expect(rows().length).toBeGreaterThan(AUDIT_PAGE_SIZE));
    expect(rows().at(-1)?.textContent).toContain('User created');
    expect(screen.queryByRole('button', { name: 'Show older entries' })).toBeNull();
  });

  it('against Soracom’s API, lists the log without the local filters and says why', async () => {
    renderWithApp(<ActivityPage upstream />, { path: '/activity', url: '/activity?kind=permission' });
    expect(await screen.findByText(/cannot be filtered by user or kind/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Kind')).toBeNull();
    await screen.findByRole('table', { name: 'Audit entries, newest first' });
  });
});
