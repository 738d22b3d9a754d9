// Fuzzes every operation of openapi.yaml with malformed params, bodies and headers: no 5xx, every error is
// {code,message}, and an error answer writes nothing. Bounded: FUZZ_SECONDS (default 30) over all operations.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContract, type ContractOperation } from './openapi-contract.ts';
import { buildTestApp, type TestApp } from './test-support.ts';

const BUDGET_SECONDS = Number(process.env.FUZZ_SECONDS ?? 30);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const operations = loadContract().filter((op) => !op.outsideApiPrefix);
const perOperationMs = Math.max(200, Math.floor((BUDGET_SECONDS * 1000) / operations.length));

let t: TestApp;
let rootHeaders: Record<string, string>;

beforeAll(async () => {
  t = await buildTestApp({ demoUsers: true });
  rootHeaders = await t.rootHeaders();
});
afterAll(async () => t.close());

/** What an error must leave untouched: the resources (not the audit log or sign-in counters, which record failures on purpose). */
const RESOURCE_TABLES = ['operators', 'users', 'auth_keys', 'roles', 'user_roles', 'sessions'];

function resourceDigest(): string {
  const db = t.app.samStore?.db;
  if (!db) throw new Error('no store');
  const existing = new Set(
    db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((row) => row.name),
  );
  return JSON.stringify(
    RESOURCE_TABLES.filter((table) => existing.has(table)).map((table) =>
      db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all(),
    ),
  );
}

/** A path parameter: a real value, a wrong one, or junk that must still be answered cleanly. */
const paramValue = (name: string): fc.Arbitrary<string> =>
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constant(name === 'user_name' ? 'bob-viewer' : name === 'role_id' ? 'r1' : ''),
    },
    { weight: 2, arbitrary: fc.string({ maxLength: 40 }).map(encodeURIComponent) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }).map(encodeURIComponent) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '%',
        '%E0%A4%A',
        '%ED%A0%80',
        '..',
        '.',
        '%2e%2e',
        'a'.repeat(1001),
        'a%00b',
        '%FF%FE',
        'default_permissions',
      ),
    },
  );

/** A body: nothing, any JSON, an object with the schema's field names and wrong values, or text that is not JSON. */
function bodyFor(op: ContractOperation): fc.Arbitrary<string | undefined> {
  const properties = (op.bodySchema?.properties ?? {}) as Record<string, unknown>;
  const fields = Object.keys(properties);
  const fieldName = fields.length > 0 ? fc.constantFrom(...fields) : fc.string({ maxLength: 10 });
  const wrongValue = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.string({ maxLength: 2000 }),
    fc.constant('x'.repeat(70_000)),
  );
  return fc.oneof(
    fc.constant(undefined),
    fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
    fc.dictionary(fieldName, wrongValue, { maxKeys: 4 }).map((value) => JSON.stringify(value)),
    fc.constantFrom(
      '{',
      '{"a":1',
      'null',
      '[]',
      '""',
      '{"description":"\\ud800"}',
      '{"password":"\\udc00x"}',
      '{"__proto__":{"polluted":true}}',
      '{"constructor":{"prototype":{"x":1}}}',
    ),
  );
}

const headerSets = fc.record({
  auth: fc.constantFrom('root', 'none', 'garbage', 'keyOnly'),
  contentType: fc.constantFrom('application/json', 'text/plain', 'application/json; charset=latin1', 'none'),
  lang: fc.constantFrom('en', 'ja', 'xx', ''),
});

function headersFor(choice: { auth: string; contentType: string; lang: string }): Record<string, string> {
  const headers: Record<string, string> = {};
  if (choice.auth === 'root') Object.assign(headers, rootHeaders);
  if (choice.auth === 'garbage')
    Object.assign(headers, { 'x-soracom-api-key': 'api-x', 'x-soracom-token': 'x' });
  if (choice.auth === 'keyOnly') headers['x-soracom-api-key'] = rootHeaders['x-soracom-api-key'] ?? '';
  if (choice.contentType !== 'none') headers['content-type'] = choice.contentType;
  if (choice.lang !== '') headers['x-soracom-lang'] = choice.lang;
  return headers;
}

function pathFor(op: ContractOperation, params: Record<string, string>): string {
  return `/v1${op.openapiPath.replace(/\{([^}]+)\}/g, (_match, name: string) =>
    name === 'operator_id'
      ? params[name] === ''
        ? t.operatorId
        : (params[name] ?? '')
      : (params[name] ?? ''),
  )}`;
}

describe(`fuzzing every operation (${BUDGET_SECONDS} s in all; FUZZ_SECONDS for longer)`, () => {
  it.each(operations.map((op) => [op.operationId, op] as const))(
    '%s: no 5xx, errors are {code,message}, an error writes nothing',
    async (_id, op) => {
      const paramNames = [...op.openapiPath.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? '');
      const params = fc.record(Object.fromEntries(paramNames.map((name) => [name, paramValue(name)])));
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(
          params,
          bodyFor(op),
          headerSets,
          fc.boolean(),
          async (values, body, choice, query) => {
            runs += 1;
            const before = resourceDigest();
            const res = await t.app.inject({
              method: op.method,
              url: `${pathFor(op, values)}${query ? '?limit=abc&x=%ZZ' : ''}`,
              headers: headersFor(choice),
              ...(body === undefined ? {} : { payload: body }),
            });
            expect(res.statusCode, res.body).toBeLessThan(500);
            if (res.statusCode >= 400) {
              const parsed = JSON.parse(res.body) as Record<string, unknown>;
              expect(Object.keys(parsed).sort()).toEqual(['code', 'message']);
              expect(parsed.code).toMatch(/^[A-Z]{3}[0-9]{4}$/);
              expect(typeof parsed.message).toBe('string');
              expect(resourceDigest(), `${op.operationId} ${res.statusCode} wrote on an error`).toBe(before);
            }
          },
        ),
        {
          numRuns: 100_000,
          ...(SEED === undefined ? {} : { seed: SEED }),
          plugins: [fc.interruptAfterTimeLimit(perOperationMs)],
        },
      );
      // However loaded the machine, at least one case went through.
      expect(runs).toBeGreaterThan(0);
    },
    perOperationMs + 30_000,
  );
});
