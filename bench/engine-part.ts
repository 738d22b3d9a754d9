// The permission engine's speed, in this process (pure computation, no server): evaluation and uncached analysis.
import { performance } from 'node:perf_hooks';
import { analyzePermission, evaluateCall } from '../src/permissions/index.ts';
import type { BenchPart } from './lib/part.ts';
import type { BenchSection } from './lib/report.ts';

export const enginePart: BenchPart = {
  name: 'engine',
  async run(): Promise<BenchSection[]> {
    // One call against 50 statements, as the server evaluates every SAM-user request.
    const statements = Array.from({ length: 50 }, (_, i) => ({
      effect: i % 7 === 0 ? 'deny' : 'allow',
      api: [`Group${i}:get*`, `Group${i}:list*`],
      condition: i % 5 === 0 ? "ipAddress('10.0.0.0/8') and currentDate >= date(2020, 1, 1)" : undefined,
    }));
    const doc = JSON.stringify(
      { statements: [...statements, { effect: 'allow', api: 'User:listUsers' }] },
      null,
      2,
    );
    const call = {
      api: 'User:listUsers',
      method: 'GET',
      clientIp: '10.1.2.3',
      now: new Date(),
      samUserName: 'alice',
      pathVariables: { operator_id: 'OP0000000001' },
    };
    if (evaluateCall({ user: doc, defaults: null }, call).allowed !== true)
      throw new Error('the engine benchmark document must allow the call');
    const EVALS = 200_000;
    const evalStart = performance.now();
    for (let i = 0; i < EVALS; i += 1) evaluateCall({ user: doc, defaults: null }, call);
    const perSecond = EVALS / ((performance.now() - evalStart) / 1000);

    const ANALYSES = 300;
    const analyzeStart = performance.now();
    for (let i = 0; i < ANALYSES; i += 1) analyzePermission(`${doc}${' '.repeat(i)}`); // new text each time: no cache hit
    const analyzeMs = (performance.now() - analyzeStart) / ANALYSES;

    return [
      {
        title: 'Permission engine',
        method: `In the benchmark's own process: ${EVALS.toLocaleString('en-US')} evaluations of one call against a 51-statement document, and ${ANALYSES} analyses of it (new text each time, so no cache hit). One run each.`,
        rows: [
          {
            measure: 'permission evaluation, 51 statements',
            value: `${Math.round(perSecond).toLocaleString('en-US')} calls/s`,
            target: '≥ 200,000 calls/s',
            met: perSecond >= 200_000,
          },
          {
            measure: 'analyze a 51-statement document (uncached)',
            value: `${analyzeMs.toFixed(2)} ms`,
            target: '≤ 2 ms',
            met: analyzeMs <= 2,
          },
        ],
      },
    ];
  },
};
