// @vitest-environment jsdom
// Component tests of the new-AuthKey dialog: the secret is shown once, closing asks first, and after closing it is gone.
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { AuthKeyCredentials } from './auth-key-csv.ts';
import { NewAuthKeyDialog } from './new-auth-key-dialog.tsx';

const credentials: AuthKeyCredentials = {
  authKeyId: 'keyId-0123456789abcdefghijklmnopqrstuv',
  authKey: 'secret-0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrst',
};

/** Holds the answer the way the tab does (the mutation result) and drops it on onDone. */
function Harness() {
  const [answer, setAnswer] = useState<AuthKeyCredentials | null>(null);
  return (
    <QueryClientProvider
      client={new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })}
    >
      <button type="button" onClick={() => setAnswer(credentials)}>
        Generate AuthKey
      </button>
      {answer ? (
        <NewAuthKeyDialog userName="alice" credentials={answer} onDone={() => setAnswer(null)} />
      ) : null}
    </QueryClientProvider>
  );
}

afterEach(cleanup);

async function renderOpened(user: ReturnType<typeof userEvent.setup>) {
  render(<Harness />);
  await user.click(screen.getByRole('button', { name: 'Generate AuthKey' }));
}

describe('NewAuthKeyDialog', () => {
  it('shows the key ID and the secret with a warning that this is the only time', async () => {
    const user = userEvent.setup();
    await renderOpened(user);
    const dialog = screen.getByRole('dialog', { name: 'New AuthKey for alice' });
    expect(within(dialog).getByRole('group', { name: 'AuthKey ID' })).toHaveTextContent(
      credentials.authKeyId,
    );
    expect(within(dialog).getByRole('group', { name: 'AuthKey secret' })).toHaveTextContent(
      credentials.authKey,
    );
    expect(dialog).toHaveTextContent(/only time it is shown/);
    expect(within(dialog).getByRole('button', { name: 'Download CSV' })).toBeInTheDocument();
  });

  it('copies the secret to the clipboard and says so', async () => {
    const user = userEvent.setup();
    await renderOpened(user);
    await user.click(screen.getByRole('button', { name: 'Copy secret' }));
    await expect(navigator.clipboard.readText()).resolves.toBe(credentials.authKey);
    expect(screen.getByText('Secret copied.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy AuthKey ID' }));
    await expect(navigator.clipboard.readText()).resolves.toBe(credentials.authKeyId);
  });

  it.each([
    [
      'the Done button',
      (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByRole('button', { name: 'Done' })),
    ],
    [
      'the close button',
      (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByRole('button', { name: 'Close' })),
    ],
    ['Escape', (user: ReturnType<typeof userEvent.setup>) => user.keyboard('{Escape}')],
  ])(
    'asks whether the secret was saved when closed with %s, and Cancel goes back to it',
    async (_how, close) => {
      const user = userEvent.setup();
      await renderOpened(user);
      await close(user);
      const question = screen.getByRole('alertdialog', { name: 'Have you saved the secret?' });
      expect(question).toHaveTextContent('You have not copied or downloaded it yet.');
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      await user.click(within(question).getByRole('button', { name: 'Cancel' }));
      expect(screen.getByRole('group', { name: 'AuthKey secret' })).toHaveTextContent(credentials.authKey);
    },
  );

  it('notes a copied secret in the question', async () => {
    const user = userEvent.setup();
    await renderOpened(user);
    await user.click(screen.getByRole('button', { name: 'Copy secret' }));
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.getByRole('alertdialog')).toHaveTextContent('You copied or downloaded it in this dialog.');
  });

  it('leaves no trace of the secret in the page once the admin confirms', async () => {
    const user = userEvent.setup();
    await renderOpened(user);
    await user.click(screen.getByRole('button', { name: 'Done' }));
    await user.click(screen.getByRole('button', { name: 'Yes, close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain(credentials.authKey);
    expect(document.body.innerHTML).not.toContain('secret-');
    // Focus goes back where the admin was, not to the document body.
    expect(screen.getByRole('button', { name: 'Generate AuthKey' })).toHaveFocus();
  });
});
