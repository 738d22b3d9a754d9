// What every part of `npm run bench` is: a named producer of report sections, run one after another by bench/run.ts.
import type { BenchSection } from './report.ts';

export interface BenchContext {
  /** Seconds per load test (BENCH_SECONDS; 1 for a quick check, the default for the report). */
  seconds: number;
  /** Interleaved rounds per measure (BENCH_ROUNDS, default 3). */
  rounds: number;
  /** First port of each part's own range, so that parts never share one. */
  ports: { server: number; startup: number; browser: number };
}

export interface BenchPart {
  name: string;
  run(context: BenchContext): Promise<BenchSection[]>;
}
