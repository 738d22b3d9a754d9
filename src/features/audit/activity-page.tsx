// The operator's recent activity (/activity): every sign-in and change, filtered by user and kind in the URL, a page at a time.
import { useId, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { ForbiddenNotice } from '../../components/states.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useAuditMessages } from './audit-messages.ts';
import { USER_NAME_PATTERN } from '../../lib/sam-rules.ts';
import { useCapabilities } from '../../queries/capabilities-queries.ts';
import { auditKindIds, auditKinds, isAuditKind } from './audit-events.ts';
import { AuditEntryList } from './audit-entry-list.tsx';

const OPERATION = 'AuditLog:getApiAuditLogs';

export function ActivityPage({ upstream = false }: { upstream?: boolean }) {
  const m = useAuditMessages();
  usePageTitle(m.title);
  const [params, setParams] = useSearchParams();
  const kindParam = params.get('kind');
  const kind = isAuditKind(kindParam) ? kindParam : null;
  const userParam = params.get('user') ?? '';
  const user = USER_NAME_PATTERN.test(userParam) ? userParam : '';
  const [typed, setTyped] = useState(user);
  const id = useId();
  const denied = useCapabilities().can(OPERATION).kind === 'denied';

  const setFilters = (next: { user: string; kind: string | null }) => {
    const search = new URLSearchParams();
    if (next.user) search.set('user', next.user);
    if (next.kind) search.set('kind', next.kind);
    setParams(search, { replace: true });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFilters({ user: typed.trim(), kind });
  };
  // Soracom's API has neither filter: against it the page lists the log as it comes.
  const filter = upstream
    ? {}
    : { ...(user ? { userName: user } : {}), ...(kind ? { events: auditKinds[kind] } : {}) };

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{m.title}</h1>
          <p className="page-header__sub">{m.sub}</p>
        </div>
      </div>
      {denied ? (
        <ForbiddenNotice operation={OPERATION} />
      ) : (
        <>
          {upstream ? (
            <p className="muted">{m.upstreamFilters}</p>
          ) : (
            <form className="audit-filters" role="search" aria-label={m.filters} onSubmit={submit}>
              <div className="audit-filters__field">
                <label htmlFor={`${id}-user`}>{m.user}</label>
                <input
                  id={`${id}-user`}
                  type="search"
                  className="search-input"
                  placeholder={m.anyUser}
                  value={typed}
                  onChange={(event) => setTyped(event.target.value)}
                />
              </div>
              <div className="audit-filters__field">
                <label htmlFor={`${id}-kind`}>{m.kind}</label>
                <select
                  id={`${id}-kind`}
                  value={kind ?? ''}
                  onChange={(event) => setFilters({ user: typed.trim(), kind: event.target.value || null })}
                >
                  <option value="">{m.anyKind}</option>
                  {auditKindIds.map((id) => (
                    <option key={id} value={id}>
                      {m.kinds[id]}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className="button">
                {m.apply}
              </button>
              {user || kind ? (
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    setTyped('');
                    setFilters({ user: '', kind: null });
                  }}
                >
                  {m.clear}
                </button>
              ) : null}
            </form>
          )}
          <AuditEntryList filter={filter} filtered={Boolean(user || kind)} />
        </>
      )}
    </>
  );
}
