// @vitest-environment jsdom
// "Next steps" on a just-created user's page, against the real local API: links to the right tabs, only the steps the
// principal may take, marked done as they are done, and gone once dismissed.
import { afterEach, describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setUpLiveApi } from '../../test/set-up-live-api.ts';
import { freshUsers } from '../../test/fresh-users.ts';
import { renderWithApp } from '../../test/render-with-app.tsx';
import {
  auth,
  createUserPassword,
  generateUserAuthKey,
  sessionFromSignIn,
  updateUserPermission,
  writeSession,
} from '../../api/index.ts';
import { UserDetailPage, type FeatureTabs } from './user-detail-page.tsx';
import { offerNextSteps } from './next-steps-store.ts';

const live = setUpLiveApi();
afterEach(() => {
  writeSession(live.rootSession);
  sessionStorage.clear();
});

const featureTabs: FeatureTabs = {
  'auth-keys': ({ userName }) => <p>keys of {userName}</p>,
  permissions: ({ userName }) => <p>permissions of {userName}</p>,
  roles: () => null,
  'trust-policy': () => null,
  mfa: () => null,
  history: () => null,
};

const freshUser = freshUsers('steps');

function renderUser(userName: string, tab = 'overview') {
  return renderWithApp(<UserDetailPage featureTabs={featureTabs} />, {
    path: '/users/:name/:tab',
    url: `/users/${userName}/${tab}`,
  });
}

function step(name: string): HTMLElement {
  const item = screen.getByRole('link', { name }).closest('li');
  if (!item) throw new Error(`no step ${name}`);
  return item;
}

describe('NextStepsPanel', () => {
  it('links each step to its tab, stays while the admin works through them, and marks what is done', async () => {
    const userName = await freshUser();
    offerNextSteps(live.operatorId, userName);
    const user = userEvent.setup();
    const { history } = renderUser(userName);
    const panel = await screen.findByRole('region', { name: 'Next steps' });
    expect(panel).toHaveTextContent(`${userName} is created.`);
    const links = within(panel).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Set a console password', `/users/${userName}/password`],
      ['Apply a permission template', `/users/${userName}/permissions`],
      ['Generate an AuthKey', `/users/${userName}/auth-keys`],
    ]);
    expect(within(panel).queryByText('Done')).toBeNull();

    await user.click(within(panel).getByRole('link', { name: 'Set a console password' }));
    expect(history.location.pathname).toBe(`/users/${userName}/password`);
    const form = await screen.findByRole('region', { name: 'Set a password' });
    await user.type(within(form).getByLabelText('New password'), 'steps-password-1');
    await user.type(within(form).getByLabelText('Repeat the new password'), 'steps-password-1');
    await user.click(within(form).getByRole('button', { name: 'Set password' }));
    await waitFor(() => expect(step('Set a console password')).toHaveTextContent('Done'));
    expect(step('Generate an AuthKey')).not.toHaveTextContent('Done');

    // Done elsewhere (another tab, a script): shown the next time the user is read.
    await generateUserAuthKey({ userName });
    await updateUserPermission({
      userName,
      permission: JSON.stringify({ statements: [{ effect: 'allow', api: ['*:get*', '*:list*'] }] }),
    });
    await user.click(screen.getByRole('link', { name: 'Overview' }));
    await waitFor(() => expect(step('Generate an AuthKey')).toHaveTextContent('Done'));
    expect(step('Apply a permission template')).toHaveTextContent('Done');
  });

  it('opens when the list arrives from creating the user, and stays for the tab without the history state', async () => {
    const userName = await freshUser();
    const { history, unmount } = renderUser('someone-else');
    act(() => history.push(`/users/${userName}/overview`, { createdUser: userName }));
    expect(await screen.findByRole('region', { name: 'Next steps' })).toBeInTheDocument();
    // The state is dropped (Back or a reload after a dismiss must not bring it back); the tab remembers the user.
    await waitFor(() => expect(history.location.state).toBeNull());
    expect(history.location.pathname).toBe(`/users/${userName}/overview`);
    unmount();
    renderUser(userName, 'password');
    expect(await screen.findByRole('region', { name: 'Next steps' })).toBeInTheDocument();
  });

  it('is gone once dismissed, also after a reload of the page', async () => {
    const userName = await freshUser();
    offerNextSteps(live.operatorId, userName);
    const user = userEvent.setup();
    const { unmount } = renderUser(userName);
    const panel = await screen.findByRole('region', { name: 'Next steps' });
    await user.click(within(panel).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('region', { name: 'Next steps' })).toBeNull();
    unmount();
    renderUser(userName);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(userName);
    await screen.findByRole('region', { name: 'Details' });
    expect(screen.queryByRole('region', { name: 'Next steps' })).toBeNull();
  });

  it('is not shown for a user who was not just created here', async () => {
    const userName = await freshUser();
    renderUser(userName);
    await screen.findByRole('region', { name: 'Details' });
    expect(screen.queryByRole('region', { name: 'Next steps' })).toBeNull();
  });

  it('offers only the steps the principal may take', async () => {
    const userName = await freshUser();
    const admin = await freshUser();
    await createUserPassword({ userName: admin, password: 'steps-admin-1' });
    // May set passwords, not permissions or AuthKeys; reads its own documents, so the console knows.
    await updateUserPermission({
      userName: admin,
      permission: JSON.stringify({
        statements: [
          {
            effect: 'allow',
            api: [
              'User:getUser',
              'User:getUserPermission',
              'User:getDefaultPermissions',
              'User:hasUserPassword',
              'User:createUserPassword',
            ],
          },
        ],
      }),
    });
    writeSession(
      sessionFromSignIn(
        await auth({ operatorId: live.operatorId, userName: admin, password: 'steps-admin-1' }),
        'user',
        admin,
      ),
    );
    offerNextSteps(live.operatorId, userName);
    renderUser(userName);
    const panel = await screen.findByRole('region', { name: 'Next steps' });
    await waitFor(() => expect(within(panel).getAllByRole('link')).toHaveLength(1));
    expect(within(panel).getByRole('link', { name: 'Set a console password' })).toBeInTheDocument();
  });
});
