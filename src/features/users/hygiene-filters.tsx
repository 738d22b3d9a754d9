// The hygiene filter bar (toggle buttons, each with its count before it is chosen) and the summary strip above the
// list, whose sentences link to the filter that shows those users.
import { memo } from 'react';
import { Link } from 'react-router';
import {
  hygieneFilterIds,
  mfaFilters,
  type HygieneCount,
  type HygieneFilterId,
} from './credential-hygiene.ts';
import { toggleFilter, writeListView, type ListView } from './user-list-view.ts';
import { useFormat, useMessages } from '../../i18n/use-i18n.ts';
import type { Messages } from '../../i18n/messages/messages.ts';

type HygieneText = Messages['hygiene'];

export function filterLabel(id: HygieneFilterId, keyAgeDays: number, text: HygieneText): string {
  const f = text.filters;
  switch (id) {
    case 'mfa-off':
      return f.mfaOff;
    case 'password-no-mfa':
      return f.passwordNoMfa;
    case 'old-keys':
      return f.oldKeys({ days: keyAgeDays });
    case 'unused-keys':
      return f.unusedKeys;
    case 'no-credentials':
      return f.noCredentials;
    case 'has-roles':
      return f.hasRoles;
    case 'no-roles':
      return f.noRoles;
    case 'broad-permission':
      return f.broadPermission;
    case 'denies-nothing':
      return f.deniesNothing;
  }
}

export const HygieneFilterBar = memo(function HygieneFilterBar({
  view,
  counts,
  onChange,
}: {
  view: ListView;
  counts: Record<HygieneFilterId, HygieneCount>;
  onChange: (next: ListView) => void;
}) {
  const text = useMessages().hygiene;
  const format = useFormat();
  // "12", or "≥ 3" while some users' MFA is still unread.
  const countText = (count: HygieneCount) =>
    count.unknown > 0
      ? text.filters.atLeast({ count: format.number(count.count) })
      : format.number(count.count);
  return (
    <div className="hygiene-filters" role="group" aria-label={text.filters.groupLabel}>
      {hygieneFilterIds.map((id) => {
        const chosen = view.filters.includes(id);
        const count = counts[id];
        return (
          <button
            key={id}
            type="button"
            className={`filter-chip${chosen ? ' filter-chip--on' : ''}`}
            aria-pressed={chosen}
            onClick={() => onChange(toggleFilter(view, id))}
            title={mfaFilters.has(id) && count.unknown > 0 ? text.filters.readsAllMfa : undefined}
          >
            {filterLabel(id, view.keyAgeDays, text)}
            <span className="filter-chip__count">{countText(count)}</span>
          </button>
        );
      })}
      <label className="hygiene-filters__age">
        {text.filters.ageBefore}{' '}
        <input
          type="number"
          min={1}
          max={36500}
          className="input input--narrow"
          value={view.keyAgeDays}
          onChange={(event) => {
            const days = Number.parseInt(event.target.value, 10);
            if (Number.isFinite(days) && days > 0 && days <= 36_500)
              onChange({ ...view, keyAgeDays: days, page: 1 });
          }}
        />{' '}
        {text.filters.ageAfter}
      </label>
      {view.filters.length > 0 ? (
        <button
          type="button"
          className="button button--small"
          onClick={() => onChange({ ...view, filters: [], page: 1 })}
        >
          {text.filters.clear}
        </button>
      ) : null}
    </div>
  );
});

function sentence(id: HygieneFilterId, count: number, days: number, text: HygieneText): string | null {
  switch (id) {
    case 'password-no-mfa':
      return text.summary.passwordNoMfa({ count });
    case 'old-keys':
      return text.summary.oldKeys({ count, days });
    case 'unused-keys':
      return text.summary.unusedKeys({ count });
    case 'broad-permission':
      return text.summary.broadPermission({ count });
    case 'no-credentials':
      return text.summary.noCredentials({ count });
    default:
      return null;
  }
}

const summaryOrder: HygieneFilterId[] = [
  'password-no-mfa',
  'old-keys',
  'unused-keys',
  'broad-permission',
  'no-credentials',
];

export const HygieneSummary = memo(function HygieneSummary({
  view,
  counts,
  mfaUnread,
  onReadAllMfa,
}: {
  view: ListView;
  counts: Record<HygieneFilterId, HygieneCount>;
  /** Users whose MFA status is not read yet (0 once all are). */
  mfaUnread: number;
  onReadAllMfa: () => void;
}) {
  const text = useMessages().hygiene;
  const items = summaryOrder
    .map((id) => ({ id, count: counts[id], text: sentence(id, counts[id].count, view.keyAgeDays, text) }))
    .filter((item) => item.count.count > 0 && item.count.unknown === 0 && item.text !== null);
  if (items.length === 0 && mfaUnread === 0) return null;
  return (
    <section className="hygiene-summary" aria-label={text.summary.label}>
      <ul className="hygiene-summary__list">
        {items.map((item) => (
          <li key={item.id}>
            <Link
              to={{
                search: `?${writeListView({ ...view, query: '', page: 1, filters: [item.id] }).toString()}`,
              }}
            >
              {item.text}
            </Link>
          </li>
        ))}
        {mfaUnread > 0 ? (
          <li>
            <span className="muted">{text.summary.mfaUnread({ count: mfaUnread })}</span>{' '}
            <button type="button" className="link-button" onClick={onReadAllMfa}>
              {text.summary.readAllMfa}
            </button>
          </li>
        ) : null}
      </ul>
    </section>
  );
});
