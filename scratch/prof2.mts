import { Session as Inspector } from 'node:inspector/promises';
import { buildTestApp } from '../server/test-support.ts';
import { encodePageCookie, PAGE_COOKIE } from '../src/ssr/page-cookie.ts';
const renderer = await import('../dist-ssr/render-page.js' as string);
await renderer.prepareServerRender();
const test = await buildTestApp({ staticDir: new URL('../dist', import.meta.url).pathname, pageRenderer: renderer, maxUsers: 1000 });
const headers = await test.rootHeaders();
for (let i = 0; i < 1000; i++) {
  const r = await test.call({ method: 'POST', url: `${test.operatorPath}/users/bench-user-${String(i).padStart(4, '0')}`, headers, payload: { description: `Bench user ${i} for the list` } });
  if (r.statusCode !== 201) throw new Error(r.body);
}
const session = { apiKey: headers['x-soracom-api-key'], token: headers['x-soracom-token'], operatorId: test.operatorId, method: 'root', identity: test.root.email };
const cookie = `${PAGE_COOKIE}=${encodePageCookie({ session, locale: 'en', timeZone: 'Asia/Tokyo' } as never)}`;
const once = () => test.call({ url: '/users', headers: { cookie, 'accept-encoding': 'br, gzip' } });
for (let i = 0; i < 50; i++) await once();
const ins = new Inspector(); ins.connect();
await ins.post('Profiler.enable'); await ins.post('Profiler.setSamplingInterval', { interval: 50 }); await ins.post('Profiler.start');
const t = performance.now();
const N = 200;
for (let i = 0; i < N; i++) { const r = await once(); if (r.statusCode !== 200 || r.headers['content-encoding'] !== 'br') throw new Error('bad ' + r.headers['content-encoding']); }
console.log('per page ms', ((performance.now() - t) / N).toFixed(2));
const { profile } = await ins.post('Profiler.stop');
const nodes = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const selfT = new Map<number, number>();
profile.samples.forEach((id: number, i: number) => selfT.set(id, (selfT.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const incl = new Map<string, number>();
const total = [...selfT.values()].reduce((a, b) => a + b, 0);
for (const [id, us] of selfT) {
  const seen = new Set<string>();
  let cur: number | undefined = id;
  while (cur !== undefined) { const cf = nodes.get(cur).callFrame; const k = `${cf.functionName || '(anon)'} ${cf.url.replace(/.*node_modules\//, '').replace(/.*ttfb\//, '')}:${cf.lineNumber}`; if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + us); } cur = parent.get(cur); }
}
const perPage = (us: number) => (us / 1000 / N).toFixed(3);
for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).filter(([k]) => !/^\(root\)|^\(program\)/.test(k)).slice(0, 60)) console.log(perPage(v).padStart(7), 'ms', k);
console.log('total per page', perPage(total));
await test.close();
