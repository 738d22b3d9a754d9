// A user's History tab: sign-ins, failed attempts and every change about them or by them, with the diff of permission changes.
import { ForbiddenNotice } from '../../components/states.tsx';
import { useAuditMessages } from './audit-messages.ts';
import { useCapabilities } from '../../queries/capabilities-queries.ts';
import { AuditEntryList } from './audit-entry-list.tsx';

const OPERATION = 'AuditLog:getApiAuditLogs';

export function UserHistoryTab({ userName, upstream = false }: { userName: string; upstream?: boolean }) {
  const m = useAuditMessages();
  const denied = useCapabilities().can(OPERATION).kind === 'denied';
  // Soracom's log has no user filter nor targets: a page that pretended otherwise would show the wrong entries.
  if (upstream) return <p className="state state--empty">{m.upstreamHistory}</p>;
  if (denied) return <ForbiddenNotice operation={OPERATION} />;
  return (
    <>
      <p className="muted">{m.historySub}</p>
      <AuditEntryList filter={{ userName }} />
    </>
  );
}

export default UserHistoryTab;
