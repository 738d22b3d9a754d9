// The bar over the list while users are selected: how many, "select all shown", the action and "Review…". An action
// the signed-in principal may take on none of the selected users is disabled, naming the API it lacks.
import { useState } from 'react';
import { usePermissionGate } from '../../components/needs-permission.tsx';
import { useMessages } from '../../i18n/use-i18n.ts';
import { bulkActionLabel } from './bulk-action-plan.ts';
import { actionBlockedBy, type BulkActionId, type Can } from './bulk-actions.ts';

export interface BulkBarProps {
  /** The actions that apply here (a template action only when there are templates). */
  actions: readonly BulkActionId[];
  selected: readonly string[];
  /** How many users the list shows after search and filters, for "Select all n shown". */
  shownCount: number;
  keyAgeDays: number;
  can: Can;
  onSelectAllShown: () => void;
  onClear: () => void;
  /** Intent to open the dialog: start loading its code. */
  onIntent: () => void;
  onReview: (action: BulkActionId) => void;
}

export function BulkBar({
  actions,
  selected,
  shownCount,
  keyAgeDays,
  can,
  onSelectAllShown,
  onClear,
  onIntent,
  onReview,
}: BulkBarProps) {
  const text = useMessages().bulk;
  const blocked = new Map(actions.map((id) => [id, actionBlockedBy(id, can, selected)]));
  const [choice, setChoice] = useState<BulkActionId | null>(null);
  // The admin's choice while it is open to them; else the first action they may take (or the first, disabled).
  const effective =
    choice !== null && blocked.get(choice) === null
      ? choice
      : (actions.find((id) => blocked.get(id) === null) ?? actions[0] ?? 'delete');
  const missing = blocked.get(effective) ?? null;
  const gate = usePermissionGate(missing === null ? { kind: 'allowed' } : { kind: 'denied', api: missing });

  return (
    <div className="bulk-bar" role="region" aria-label={text.regionLabel}>
      <span>
        {text.selected({ count: selected.length })}
        {shownCount > selected.length ? (
          <>
            {' · '}
            <button type="button" className="link-button" onClick={onSelectAllShown}>
              {text.selectAllShown({ count: shownCount })}
            </button>
          </>
        ) : null}
      </span>
      <label htmlFor="bulk-action" className="visually-hidden">
        {text.actionLabel}
      </label>
      <select
        id="bulk-action"
        value={effective}
        onChange={(event) => setChoice(event.target.value as BulkActionId)}
      >
        {actions.map((id) => {
          const label = bulkActionLabel(id, keyAgeDays, text);
          const api = blocked.get(id) ?? null;
          return (
            <option key={id} value={id} disabled={api !== null}>
              {api === null ? label : text.needs({ action: label, api })}
            </option>
          );
        })}
      </select>
      <button
        type="button"
        className="button button--small"
        onMouseEnter={onIntent}
        onFocus={onIntent}
        onClick={() => onReview(effective)}
        {...gate.props}
      >
        {text.review}
      </button>
      {gate.note}
      <button type="button" className="button button--small" onClick={onClear}>
        {text.clearSelection}
      </button>
    </div>
  );
}
