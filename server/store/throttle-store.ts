// SQL for sign-in failure counters: one row per throttled key (an account or a client address).
import type { Db } from './database.ts';

export interface ThrottleRow {
  throttle_key: string;
  failures: number;
  /** Unix seconds when the current counting window began. */
  window_start: number;
  /** Unix seconds until which attempts on this key are refused unchecked; 0 for none. */
  blocked_until: number;
}

export function createThrottleStore(db: Db) {
  const one = db.prepare<[string], ThrottleRow>('SELECT * FROM sign_in_failures WHERE throttle_key = ?');
  const upsert = db.prepare<[string, number, number, number]>(
    `INSERT INTO sign_in_failures (throttle_key, failures, window_start, blocked_until) VALUES (?, ?, ?, ?)
     ON CONFLICT (throttle_key) DO UPDATE SET failures = excluded.failures, window_start = excluded.window_start,
       blocked_until = excluded.blocked_until`,
  );
  const remove = db.prepare<[string]>('DELETE FROM sign_in_failures WHERE throttle_key = ?');
  const prune = db.prepare<[number, number]>(
    'DELETE FROM sign_in_failures WHERE window_start <= ? AND blocked_until <= ?',
  );
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM sign_in_failures');

  return {
    get: (key: string): ThrottleRow | undefined => one.get(key),
    put(row: ThrottleRow): void {
      upsert.run(row.throttle_key, row.failures, row.window_start, row.blocked_until);
    },
    clear: (key: string): boolean => remove.run(key).changes > 0,
    /** Forgets keys whose window ended before `windowEndedBy` and that block nothing at `now`. */
    prune: (windowEndedBy: number, now: number): number => prune.run(windowEndedBy, now).changes,
    count: (): number => count.get()?.n ?? 0,
  };
}

export type ThrottleStore = ReturnType<typeof createThrottleStore>;
