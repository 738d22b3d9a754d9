// Runs one load test through bench/load-worker.ts in a child process and reads its result.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from './processes.ts';

const run = promisify(execFile);

export interface LoadResult {
  requestsPerSecond: number;
  total: number;
  /** Milliseconds. */
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

export interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
}

/** autocannon against `url` from its own process; throws when any answer failed (a benchmark of errors measures nothing). */
export async function load(options: LoadOptions): Promise<LoadResult> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', 'bench/load-worker.ts', JSON.stringify({ headers: {}, ...options })],
    { cwd: PROJECT_ROOT, maxBuffer: 1024 * 1024 },
  );
  const result = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as LoadResult;
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0)
    throw new Error(
      `${options.url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts of ${result.total}`,
    );
  return result;
}
