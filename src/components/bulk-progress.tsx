// The status line of a run over many users (bulk actions, revoking tokens): how far it is, then how it ended.
import type { Messages } from '../i18n/messages/messages.ts';
import type { BulkItemStatus, BulkSummary } from '../lib/bulk-run.ts';

export function BulkProgress({
  statuses,
  summary,
  total,
  text,
}: {
  statuses: ReadonlyMap<string, BulkItemStatus>;
  /** Set once the run has ended. */
  summary: BulkSummary | null | undefined;
  /** How many steps the run makes (skipped ones left out). */
  total: number;
  text: Messages['bulk'];
}) {
  return (
    <p role="status" className="bulk-progress">
      {summary
        ? summary.failed.length === 0
          ? text.finished({ done: summary.done.length, skipped: summary.skipped.length })
          : text.partly({
              done: summary.done.length,
              failed: summary.failed.length,
              skipped: summary.skipped.length,
            })
        : text.working({
            done: [...statuses.values()].filter((s) => s.state === 'done' || s.state === 'failed').length,
            total,
          })}
    </p>
  );
}
