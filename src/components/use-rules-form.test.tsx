// @vitest-environment jsdom
// The sign-in forms' small form state: rules on submit, focus on the first invalid field, re-checks after a submit.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { requiredText } from './rules-resolver.ts';
import { useRulesForm } from './use-rules-form.ts';

interface Values {
  name: string;
  code: string;
}

function TestForm({ onValid }: { onValid: (values: Values) => void }) {
  const { register, handleSubmit, formState } = useRulesForm<Values>(
    {
      name: requiredText('Enter a name.'),
      code: (value) => (/^\d{6}$/.test(value) ? undefined : 'Six digits.'),
    },
    { defaultValues: { name: '  ada ' }, normalise: (values) => ({ ...values, name: values.name.trim() }) },
  );
  return (
    <form aria-label="test" noValidate onSubmit={handleSubmit(onValid)}>
      <label htmlFor="name">Name</label>
      <input id="name" {...register('name')} />
      <p>{formState.errors.name?.message}</p>
      <label htmlFor="code">Code</label>
      <input id="code" {...register('code')} />
      <p>{formState.errors.code?.message}</p>
      <button type="submit">Go</button>
    </form>
  );
}

afterEach(cleanup);

describe('useRulesForm', () => {
  it('shows broken rules on submit, focuses the first invalid field and calls nothing', async () => {
    const user = userEvent.setup();
    const onValid = vi.fn();
    render(<TestForm onValid={onValid} />);
    expect(screen.getByLabelText('Name')).toHaveValue('  ada ');
    await user.clear(screen.getByLabelText('Name'));
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(screen.getByText('Enter a name.')).toBeInTheDocument();
    expect(screen.getByText('Six digits.')).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveFocus();
    expect(onValid).not.toHaveBeenCalled();
  });

  it('re-checks a field as it changes once submitted, then hands over the normalised values', async () => {
    const user = userEvent.setup();
    const onValid = vi.fn();
    render(<TestForm onValid={onValid} />);
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(screen.queryByText('Enter a name.')).toBeNull();
    expect(screen.getByLabelText('Code')).toHaveFocus();
    await user.type(screen.getByLabelText('Code'), '12345');
    expect(screen.getByText('Six digits.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Code'), '6');
    expect(screen.queryByText('Six digits.')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(onValid).toHaveBeenCalledWith({ name: 'ada', code: '123456' });
  });
});
