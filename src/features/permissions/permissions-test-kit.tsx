// What the permission editor's component tests share: a fresh SAM user, the editor under a router and a fresh query
// client, and ways to type into CodeMirror and reach its buttons. Each test file starts its own live API.
import { render, screen } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { EditorView } from '@codemirror/view';
import { Link, Route, Routes, UNSAFE_createMemoryHistory as createMemoryHistory } from 'react-router';
import { GuardedRouter, guardHistory } from '../../components/leave-guard.tsx';
import {
  auth,
  createUser,
  createUserPassword,
  sessionFromSignIn,
  updateUserPermission,
  writeSession,
} from '../../api/index.ts';

export const PASSWORD = 'component-test-password';

/**
 * How long to wait for what the editor shows after heavy work (CodeMirror's first render with the API catalogue, a
 * diagnosis over it): seconds on a 2-core machine busy with another build, where the default wait was once missed.
 */
export const HEAVY_WAIT = { timeout: 15_000 };

/** jsdom lays nothing out: CodeMirror's measuring asks ranges for rectangles, which jsdom lacks. Call in beforeAll. */
export function giveRangesRectangles(): void {
  if (!('getClientRects' in Range.prototype)) {
    Object.assign(Range.prototype, {
      getClientRects: () => [],
      getBoundingClientRect: () => new DOMRect(0, 0, 0, 0),
    });
  }
}

let userCount = 0;

/** A new SAM user with a console password (PASSWORD), named perm-user-N. */
export async function freshUser(): Promise<string> {
  userCount += 1;
  const userName = `perm-user-${userCount}`;
  await createUser({ userName });
  await createUserPassword({ userName, password: PASSWORD });
  return userName;
}

/** Renders in a memory router (the editor guards leaving with unsaved changes) with a fresh query client. */
export function renderWithClient(ui: React.ReactElement) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const history = guardHistory(createMemoryHistory({ v5Compat: true }));
  render(
    <QueryClientProvider client={client}>
      <GuardedRouter history={history}>
        <Routes>
          <Route
            path="/"
            element={
              <>
                {ui}
                <Link to="/elsewhere">Go elsewhere</Link>
              </>
            }
          />
          <Route path="/elsewhere" element={<p>Somewhere else</p>} />
        </Routes>
      </GuardedRouter>
    </QueryClientProvider>,
  );
  return history;
}

/** The CodeMirror view of the editor with this accessible name, once it is shown (the slowest thing to appear). */
export async function editorView(name: string): Promise<EditorView> {
  const content = await screen.findByRole('textbox', { name }, HEAVY_WAIT);
  const view = EditorView.findFromDOM(content);
  if (!view) throw new Error('no CodeMirror view');
  return view;
}

export function setText(view: EditorView, text: string) {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}

export function saveButton() {
  return screen.getByRole('button', { name: 'Review and save…' });
}

export async function useTemplate(user: ReturnType<typeof userEvent.setup>, label: string) {
  await user.selectOptions(screen.getByLabelText('Template'), label);
  await user.click(screen.getByRole('button', { name: 'Use template' }));
}

/** Gives the user a permission of `*` and makes them the signed-in session (tests go back to live.rootSession). */
export async function signInAsUserAllowedEverything(operatorId: string, userName: string): Promise<void> {
  await updateUserPermission({
    userName,
    permission: JSON.stringify({ statements: [{ effect: 'allow', api: '*' }] }),
  });
  const signedIn = await auth({ operatorId, userName, password: PASSWORD });
  writeSession(sessionFromSignIn(signedIn, 'user', userName));
}
