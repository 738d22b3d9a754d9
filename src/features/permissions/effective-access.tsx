// The effective-permission view: every API group with how many of its operations the documents allow.
import { useId, useMemo, useState } from 'react';
import { effectiveGroupAccess, type ApiCatalogue, type PermissionSources } from '../../permissions/index.ts';
import { useFormat, useMessages } from '../../i18n/use-i18n.ts';

export function EffectiveAccess({
  catalogue,
  sources,
  title,
  intro,
  draftHasErrors,
}: {
  catalogue: ApiCatalogue;
  sources: PermissionSources;
  title: string;
  intro: string;
  /** An invalid draft is ignored as a whole, as the server would ignore it: say so rather than show a silent zero. */
  draftHasErrors: boolean;
}) {
  const id = useId();
  const m = useMessages().permissions.effective;
  const format = useFormat();
  const [onlyWithAccess, setOnlyWithAccess] = useState(true);
  const groups = useMemo(() => effectiveGroupAccess(sources, catalogue), [sources, catalogue]);
  const shown = onlyWithAccess ? groups.filter((group) => group.allowed + group.conditional > 0) : groups;
  const allowedTotal = groups.reduce((sum, group) => sum + group.allowed, 0);
  const conditionalTotal = groups.reduce((sum, group) => sum + group.conditional, 0);

  return (
    <section className="panel effective-access" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="section-intro">{intro}</p>
      {draftHasErrors ? <p className="notice notice--warning">{m.draftErrors}</p> : null}
      <p>
        {m.summary({
          allowed: allowedTotal,
          total: catalogue.operations.length,
          conditional: conditionalTotal,
        })}
      </p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={onlyWithAccess}
          onChange={(event) => setOnlyWithAccess(event.target.checked)}
        />
        {m.onlyWithAccess}
      </label>
      {shown.length === 0 ? (
        <p className="muted">{m.noGroup}</p>
      ) : (
        <div className="table-wrap">
          <table className="table effective-access__table">
            <caption className="visually-hidden">{m.caption({ title })}</caption>
            <thead>
              <tr>
                <th scope="col">{m.group}</th>
                <th scope="col" className="num">
                  {m.allowed}
                </th>
                <th scope="col" className="num">
                  {m.conditional}
                </th>
                <th scope="col" className="num">
                  {m.operations}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{m.share}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((group) => (
                <tr key={group.group}>
                  <th scope="row">{group.group}</th>
                  <td className="num">{format.number(group.allowed)}</td>
                  <td className="num">{format.number(group.conditional)}</td>
                  <td className="num">{format.number(group.total)}</td>
                  <td>
                    <meter
                      className="effective-access__meter"
                      min={0}
                      max={group.total}
                      value={group.allowed + group.conditional}
                      aria-label={m.meter({ group: group.group, allowed: group.allowed, total: group.total })}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
