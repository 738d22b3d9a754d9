// An action the signed-in principal may not take: disabled, with the API it needs named beside it for everyone.
import { useId } from 'react';
import { actionState, type Verdict } from '../lib/capability-verdicts.ts';
import { useMessages } from '../i18n/use-i18n.ts';

/**
 * Props for the action's button and the note that explains a disabled one:
 * `const gate = usePermissionGate(verdict); <button {...gate.props}>…</button>{gate.note}`.
 */
export function usePermissionGate(verdict: Verdict, alsoDisabled = false) {
  const id = useId();
  const m = useMessages().common.permission;
  const { disabled, needs } = actionState(verdict);
  const noteId = `${id}-needs`;
  return {
    denied: disabled,
    props: {
      disabled: disabled || alsoDisabled,
      ...(needs ? { 'aria-describedby': noteId } : {}),
    },
    note: needs ? (
      <span id={noteId} className="needs-permission">
        {m.needs({ api: needs })}
      </span>
    ) : null,
  };
}
