// The benchmark report's shape: each part of `npm run bench` returns sections, run.ts writes them to bench/report.md.
import { cpus, totalmem } from 'node:os';

/** One line of a report table: what was measured, its value, its target and whether the target is met. */
export interface BenchRow {
  measure: string;
  /** Already formatted, with its unit (e.g. "3,577 req/s", "0.26×"). */
  value: string;
  /** "(reference)" for a floor or peer measured beside us; otherwise e.g. "≥ 0.5× bare route". */
  target: string;
  /** null for a reference row that has no target of its own. */
  met: boolean | null;
}

/** A part of the report: a heading, how it was measured (runs, connections, duration, tools), and its rows. */
export interface BenchSection {
  title: string;
  method: string;
  rows: BenchRow[];
}

export interface Spread {
  runs: number;
  min: number;
  median: number;
  max: number;
}

/** min / median / max of repeated runs; the report always says how many runs a number comes from. */
export function spread(values: readonly number[]): Spread {
  if (values.length === 0) throw new Error('spread() needs at least one value');
  const sorted = [...values].sort((a, b) => a - b);
  const at = (i: number): number => sorted[i] ?? Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
  return { runs: sorted.length, min: at(0), median, max: at(sorted.length - 1) };
}

/** "12 / **15** / 19 ms (3 runs)": min / median / max. */
export function formatSpread(s: Spread, unit: string, digits = 0): string {
  const f = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: digits });
  return `${f(s.min)} / **${f(s.median)}** / ${f(s.max)} ${unit} (${s.runs} runs)`;
}

/** A ratio row: ours against a floor or peer, with the target direction stated. */
export function ratioRow(
  measure: string,
  ours: number,
  reference: number,
  target: number,
  better: 'higher' | 'lower',
  targetText: string,
): BenchRow {
  const ratio = ours / reference;
  const met = better === 'higher' ? ratio >= target : ratio <= target;
  return { measure, value: ratioText(ours, reference), target: targetText, met };
}

/** Ours over a reference, as a detail row's value: `1.23×`. */
export function ratioText(ours: number, reference: number): string {
  return `${(ours / reference).toFixed(2)}×`;
}

/** A row with no target of its own: a detail, or (`'(reference)'`) what a ratio is measured against. */
export function detailRow(
  measure: string,
  value: string,
  target: '(detail)' | '(reference)' = '(detail)',
): BenchRow {
  return { measure, value, target, met: null };
}

export function machineLine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

export function renderSection(section: BenchSection): string {
  return [
    `## ${section.title}`,
    '',
    section.method,
    '',
    '| measure | value | target | met |',
    '| --- | --- | --- | --- |',
    ...section.rows.map(
      (row) =>
        `| ${row.measure} | ${row.value} | ${row.target} | ${row.met === null ? '—' : row.met ? 'yes' : '**no**'} |`,
    ),
    '',
  ].join('\n');
}
