// The effective-permission view: every API group with how many of its operations the documents allow.
import { useId, useMemo, useState } from 'react';
import { effectiveGroupAccess, type ApiCatalogue, type PermissionSources } from '../../permissions/index.ts';

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
  const [onlyWithAccess, setOnlyWithAccess] = useState(true);
  const groups = useMemo(() => effectiveGroupAccess(sources, catalogue), [sources, catalogue]);
  const shown = onlyWithAccess ? groups.filter((group) => group.allowed + group.conditional > 0) : groups;
  const allowedTotal = groups.reduce((sum, group) => sum + group.allowed, 0);
  const conditionalTotal = groups.reduce((sum, group) => sum + group.conditional, 0);

  return (
    <section className="panel effective-access" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="section-intro">{intro}</p>
      {draftHasErrors ? (
        <p className="notice notice--warning">
          The draft has errors, so none of its statements count here until they are fixed.
        </p>
      ) : null}
      <p>
        <strong>{allowedTotal}</strong> of {catalogue.operations.length} operations allowed
        {conditionalTotal > 0 ? (
          <>
            , <strong>{conditionalTotal}</strong> more under a condition
          </>
        ) : null}
        .
      </p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={onlyWithAccess}
          onChange={(event) => setOnlyWithAccess(event.target.checked)}
        />
        Only groups with some access
      </label>
      {shown.length === 0 ? (
        <p className="muted">No group has any operation allowed.</p>
      ) : (
        <div className="table-wrap">
          <table className="table effective-access__table">
            <caption className="visually-hidden">{title}, by API group</caption>
            <thead>
              <tr>
                <th scope="col">API group</th>
                <th scope="col" className="num">
                  Allowed
                </th>
                <th scope="col" className="num">
                  Under a condition
                </th>
                <th scope="col" className="num">
                  Operations
                </th>
                <th scope="col">
                  <span className="visually-hidden">Share allowed</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((group) => (
                <tr key={group.group}>
                  <th scope="row">{group.group}</th>
                  <td className="num">{group.allowed}</td>
                  <td className="num">{group.conditional}</td>
                  <td className="num">{group.total}</td>
                  <td>
                    <meter
                      className="effective-access__meter"
                      min={0}
                      max={group.total}
                      value={group.allowed + group.conditional}
                      aria-label={`${group.group}: ${group.allowed} of ${group.total} allowed`}
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
