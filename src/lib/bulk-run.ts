// Runs one bulk action over many users: a few at a time, each user's outcome kept (done, failed with its reason,
// skipped), a failure never stopping the rest, and a second start of the same run refused. Pure: no React. Shared by
// the users' bulk actions and the offer to revoke tokens after a permission change.
import { limitConcurrency } from './limit-concurrency.ts';

export type BulkItemStatus =
  | { state: 'waiting' }
  | { state: 'running' }
  | { state: 'done' }
  | { state: 'skipped'; reason: string }
  | { state: 'failed'; reason: string };

export interface BulkStep {
  userName: string;
  /** Set when nothing needs doing for this user (e.g. no AuthKey old enough): shown, never run. */
  skipReason?: string;
  /** Run alone once every other step has finished: revoking one's own tokens ends the session the others use. */
  last?: boolean;
  run: () => Promise<void>;
}

export interface BulkSummary {
  done: string[];
  skipped: { userName: string; reason: string }[];
  failed: { userName: string; reason: string }[];
}

export interface BulkRunOptions {
  concurrency?: number;
  /** Called after every change of a user's status, with all statuses so far (a new Map each time). */
  onProgress?: (statuses: ReadonlyMap<string, BulkItemStatus>) => void;
  /** Turns a thrown error into the sentence shown beside the user. */
  describeError: (error: unknown) => string;
}

/**
 * A run that can start once: a double click on "Confirm", or a re-render calling start again, answers the same
 * promise instead of deleting twice.
 */
export function createBulkRun(steps: readonly BulkStep[], options: BulkRunOptions) {
  let started: Promise<BulkSummary> | null = null;
  const statuses = new Map<string, BulkItemStatus>(
    steps.map((step) => [
      step.userName,
      step.skipReason === undefined ? { state: 'waiting' } : { state: 'skipped', reason: step.skipReason },
    ]),
  );
  const report = (userName: string, status: BulkItemStatus) => {
    statuses.set(userName, status);
    options.onProgress?.(new Map(statuses));
  };

  async function runStep(step: BulkStep): Promise<void> {
    report(step.userName, { state: 'running' });
    try {
      await step.run();
      report(step.userName, { state: 'done' });
    } catch (error) {
      report(step.userName, { state: 'failed', reason: options.describeError(error) });
    }
  }

  async function execute(): Promise<BulkSummary> {
    const gate = limitConcurrency(options.concurrency ?? 4);
    const toRun = steps.filter((step) => step.skipReason === undefined);
    await Promise.all(toRun.filter((step) => !step.last).map((step) => gate(() => runStep(step))));
    for (const step of toRun.filter((step) => step.last)) await runStep(step);
    return summarize(statuses);
  }

  return {
    statuses: (): ReadonlyMap<string, BulkItemStatus> => new Map(statuses),
    start: (): Promise<BulkSummary> => {
      started ??= execute();
      return started;
    },
  };
}

export function summarize(statuses: ReadonlyMap<string, BulkItemStatus>): BulkSummary {
  const summary: BulkSummary = { done: [], skipped: [], failed: [] };
  for (const [userName, status] of statuses) {
    if (status.state === 'done') summary.done.push(userName);
    else if (status.state === 'skipped') summary.skipped.push({ userName, reason: status.reason });
    else if (status.state === 'failed') summary.failed.push({ userName, reason: status.reason });
  }
  return summary;
}
