// @vitest-environment jsdom
// The dialog and confirmation: focus goes in and comes back, Escape and Cancel close, typed confirmation, one confirm while pending,
// and a backdrop press that closes a plain dialog (not as a double click's second press) but not an alertdialog.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { Dialog } from './dialog.tsx';

afterEach(cleanup);

function Harness({
  onConfirm,
  pending = false,
  typeToConfirm,
}: {
  onConfirm: () => void;
  pending?: boolean;
  typeToConfirm?: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      <ConfirmDialog
        open={open}
        title="Delete it?"
        message="It goes for good."
        confirmLabel="Delete"
        pending={pending}
        typeToConfirm={typeToConfirm}
        onConfirm={onConfirm}
        onCancel={() => setOpen(false)}
      />
    </>
  );
}

describe('ConfirmDialog', () => {
  it('focuses Cancel, keeps Tab inside, closes on Escape and gives focus back', async () => {
    const user = userEvent.setup();
    render(<Harness onConfirm={vi.fn()} />);
    const opener = screen.getByRole('button', { name: 'Open' });
    await user.click(opener);
    const dialog = screen.getByRole('alertdialog', { name: 'Delete it?' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('enables the confirm button only when the exact text is typed, and confirms with Enter', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(<Harness onConfirm={onConfirm} typeToConfirm="alice" />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const field = screen.getByLabelText(/to confirm/);
    expect(field).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Delete' })).toBeDisabled();
    await user.type(field, 'alic{Enter}');
    expect(onConfirm).not.toHaveBeenCalled();
    await user.type(field, 'e{Enter}');
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('does nothing more while pending, and cannot be dismissed then', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(<Harness onConfirm={onConfirm} pending />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.getByRole('button', { name: 'Working…' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeDisabled();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    expect(onConfirm).not.toHaveBeenCalled();
  });
});

describe('ConfirmDialog with a failed action', () => {
  it('shows the failure inside the dialog as an alert, and hides it while the action is tried again', () => {
    const props = {
      open: true,
      title: 'Delete it?',
      message: 'It goes for good.',
      confirmLabel: 'Delete',
      onConfirm: vi.fn(),
      onCancel: vi.fn(),
      error: new Error('Refused by the server.'),
    };
    const { rerender } = render(<ConfirmDialog {...props} />);
    const dialog = screen.getByRole('alertdialog', { name: 'Delete it?' });
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Refused by the server.');
    rerender(<ConfirmDialog {...props} pending />);
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });
});

/** The parent marks the action pending only after a render, as a mutation does; "Fail" ends it with the dialog open. */
function SlowParentHarness({ onConfirm }: { onConfirm: () => void }) {
  const [pending, setPending] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setPending(false)}>
        Fail
      </button>
      <ConfirmDialog
        open
        title="Delete it?"
        message="It goes for good."
        confirmLabel="Delete"
        pending={pending}
        onConfirm={() => {
          onConfirm();
          setTimeout(() => setPending(true), 0);
        }}
        onCancel={() => undefined}
      />
    </>
  );
}

describe('ConfirmDialog and double clicks', () => {
  it('confirms once for a double click, before the parent has said it is pending', async () => {
    // No pause between the two clicks, as with a real double click: the parent's update has not landed yet.
    const user = userEvent.setup({ delay: null });
    const onConfirm = vi.fn();
    render(<SlowParentHarness onConfirm={onConfirm} />);
    await user.dblClick(screen.getByRole('button', { name: 'Delete' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('can be confirmed again after the action failed and the dialog stayed open', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(<SlowParentHarness onConfirm={onConfirm} />);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('button', { name: 'Working…' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Fail' }));
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    expect(onConfirm).toHaveBeenCalledTimes(2);
  });
});

/** A row whose own Delete button opens the confirmation; confirming removes the row, button and all. */
function RowHarness() {
  const [present, setPresent] = useState(true);
  const [open, setOpen] = useState(false);
  return (
    <main id="main" tabIndex={-1}>
      {present ? (
        <button type="button" onClick={() => setOpen(true)}>
          Delete row
        </button>
      ) : (
        <p>No rows</p>
      )}
      <ConfirmDialog
        open={open}
        title="Delete the row?"
        message="It goes for good."
        confirmLabel="Delete"
        onConfirm={() => {
          setPresent(false);
          setOpen(false);
        }}
        onCancel={() => setOpen(false)}
      />
    </main>
  );
}

describe('Dialog focus after the action removed its opener', () => {
  it('moves focus to the page content instead of dropping it on the document body', async () => {
    const user = userEvent.setup();
    render(<RowHarness />);
    await user.click(screen.getByRole('button', { name: 'Delete row' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByText('No rows')).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveFocus();
  });
});

describe('Dialog backdrop', () => {
  it.each([
    ['dialog', 1],
    ['alertdialog', 0],
  ] as const)('role=%s: a press on the backdrop calls onClose %i time(s)', async (role, calls) => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(
      <Dialog open role={role} title="Results" onClose={onClose}>
        <p>Inside</p>
      </Dialog>,
    );
    await user.click(screen.getByText('Inside'));
    expect(onClose).not.toHaveBeenCalled();
    const backdrop = screen.getByRole(role, { name: 'Results' }).parentElement;
    if (!backdrop) throw new Error('the dialog has no backdrop');
    await user.click(backdrop);
    expect(onClose).toHaveBeenCalledTimes(calls);
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(calls + 1);
  });

  it('ignores the second press of a double click on the backdrop of a plain dialog', () => {
    const onClose = vi.fn();
    render(
      <Dialog open title="New secret" onClose={onClose}>
        <p>Shown once</p>
      </Dialog>,
    );
    const backdrop = screen.getByRole('dialog', { name: 'New secret' }).parentElement;
    if (!backdrop) throw new Error('the dialog has no backdrop');
    fireEvent.mouseDown(backdrop, { detail: 2 });
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.mouseDown(backdrop, { detail: 1 });
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
