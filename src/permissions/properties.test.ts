// Property tests: printing round-trips, an unconditional deny always wins, and no input makes the engine throw.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzePermission, formatPermission } from './permission-document.ts';
import { parseJson } from './json-parser.ts';
import { printJson } from './json-printer.ts';
import { parseCondition } from './condition-parser.ts';
import { evaluateCall } from './evaluate-call.ts';
import { positionAt } from './positions.ts';
import { accessDelta, effectiveGroupAccess, operationsNamedBy, sourcesDelta } from './access-analysis.ts';
import { createCatalogue } from './catalogue.ts';
import { API_OPERATIONS } from './api-catalogue.gen.ts';
import type { PermissionCall, PermissionSources } from './types.ts';

const catalogue = createCatalogue(API_OPERATIONS);
const apiNames = catalogue.operations.map((operation) => operation.api);

const apiName = fc.oneof(
  fc.constantFrom(...apiNames),
  fc.stringMatching(/^[A-Z][a-z]{1,6}:[a-z][A-Za-z]{0,8}$/),
);
const apiPattern = fc.oneof(
  apiName,
  fc.constant('*'),
  fc.constantFrom(...catalogue.groups).map((group) => `${group}:*`),
  apiName.map((name) => `${name.slice(0, Math.max(1, name.length - 4))}*`),
);

const quotedText = fc.string({ maxLength: 8 }).map((text) => `'${text.replace(/'/g, '')}'`);
const comparable = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('samUserName', "pathVariable('user_name')"),
      quotedText,
      fc.constantFrom('==', '!='),
    )
    .map(([a, b, op]) => `${a} ${op} ${b}`),
  fc
    .tuple(
      fc.constantFrom('currentDate', 'currentDateTime'),
      fc.constantFrom('==', '!=', '<', '<=', '>', '>='),
      fc.integer({ min: 1970, max: 2100 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
    )
    .map(([v, op, y, m, d]) => `${v} ${op} date(${y}, ${m}, ${d})`),
  fc
    .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 32 }))
    .map(([octet, prefix]) => `ipAddress('${octet}.0.0.0/${prefix}')`),
  fc
    .subarray(['GET', 'POST', 'PUT', 'DELETE'], { minLength: 1 })
    .map((methods) => `httpMethod(${methods.map((m) => `'${m}'`).join(', ')})`),
);
const { condition } = fc.letrec<{ condition: string }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    comparable,
    fc
      .tuple(tie('condition'), fc.constantFrom('and', 'or'), tie('condition'))
      .map(([a, op, b]) => `(${a}) ${op} (${b})`),
    tie('condition').map((inner) => `not (${inner})`),
  ),
}));

const statement = fc.record(
  {
    effect: fc.constantFrom('allow', 'deny'),
    api: fc.oneof(apiPattern, fc.array(apiPattern, { minLength: 1, maxLength: 4 })),
    condition,
  },
  { requiredKeys: ['effect', 'api'] },
);
const permissionValue = fc.record({ statements: fc.array(statement, { maxLength: 8 }) });
const layout = fc.constantFrom<[number | undefined]>([undefined], [1], [2], [4]);

const permissionCall: fc.Arbitrary<PermissionCall> = fc.record({
  api: fc.oneof(fc.constantFrom(...apiNames), apiName),
  method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'),
  pathVariables: fc.dictionary(
    fc.constantFrom('user_name', 'operator_id', 'sim_id'),
    fc.string({ maxLength: 6 }),
  ),
  clientIp: fc.ipV4(),
  now: fc.date({
    min: new Date('1971-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  }),
  samUserName: fc.string({ maxLength: 6 }),
});

describe('properties', () => {
  it('every generated document is valid, and parse → print → parse round-trips', () => {
    fc.assert(
      fc.property(permissionValue, layout, (value, [indent]) => {
        const text = JSON.stringify(value, null, indent);
        const analysis = analyzePermission(text);
        expect(analysis.diagnostics).toEqual([]);
        expect(analysis.statements).toHaveLength(value.statements.length);
        const printed = formatPermission(text);
        if (printed === null) throw new Error('a valid document must format');
        expect(printed).toBe(JSON.stringify(value, null, 2));
        expect(formatPermission(printed)).toBe(printed);
        const again = analyzePermission(printed);
        expect(
          again.statements.map(({ effect, apis, condition: c }) => ({
            effect,
            apis: apis.map((a) => a.pattern),
            c,
          })),
        ).toEqual(
          analysis.statements.map(({ effect, apis, condition: c }) => ({
            effect,
            apis: apis.map((a) => a.pattern),
            c,
          })),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('one broken character: a syntax error exactly when JSON.parse refuses, never lines above where it broke', () => {
    // What holds is a lower bound. Text before the broken place is the start of a valid document, so the
    // parser can only stop at or after it; it may then point back to the start of the token it was reading
    // (a string's opening quote, on the same line) or to a comma now left trailing (at most the line
    // before). It may also stop well after it: a deleted `{` is noticed only at the next line's ':'
    // (json-parser.test.ts). So no upper bound is asserted, and never line 1 for a break further down.
    const corruption = fc.record({
      kind: fc.constantFrom('delete', 'insert', 'replace'),
      at: fc.nat(),
      char: fc.constantFrom('{', '}', '[', ']', ',', ':', '"', "'", '\\', 'x', '1', ' ', '\n'),
    });
    fc.assert(
      fc.property(permissionValue, corruption, (value, { kind, at, char }) => {
        const text = JSON.stringify(value, null, 2);
        const offset = at % text.length;
        const skip = kind === 'insert' ? 0 : 1;
        const broken = `${text.slice(0, offset)}${kind === 'delete' ? '' : char}${text.slice(offset + skip)}`;
        const [error] = parseJson(broken).errors;
        let refused = false;
        try {
          JSON.parse(broken);
        } catch {
          refused = true;
        }
        expect(error !== undefined).toBe(refused);
        if (!error) return;
        const brokenLine = positionAt(broken, offset).line;
        expect(error.line).toBeGreaterThanOrEqual(brokenLine - 1);
        if (brokenLine > 1) expect(error.line).toBeGreaterThan(1);
      }),
      { numRuns: 1000 },
    );
  });

  it('printing any JSON value keeps its meaning (JSON.parse as the oracle)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        const { root } = parseJson(text);
        if (!root) throw new Error('JSON.stringify output must parse');
        const printed = printJson(root);
        expect(JSON.parse(printed)).toEqual(JSON.parse(text));
        const reparsed = parseJson(printed).root;
        expect(reparsed && printJson(reparsed)).toBe(printed);
      }),
      { numRuns: 300 },
    );
  });

  it('a matching unconditional deny anywhere always wins', () => {
    const sources = fc.record({
      user: permissionValue,
      roles: fc.array(permissionValue, { maxLength: 3 }),
      defaults: permissionValue,
    });
    fc.assert(
      fc.property(
        sources,
        permissionCall,
        fc.nat(),
        fc.nat(),
        fc.nat(),
        (values, call, where, position, patternPick) => {
          const group = call.api.split(':')[0] ?? '';
          const patterns = [
            '*',
            call.api,
            `${group}:*`,
            `${call.api.slice(0, 3)}*`,
            `*${call.api.slice(-2)}`,
          ];
          const pattern = patterns[patternPick % patterns.length] ?? '*';
          // Copies, not the generated values: fast-check replays those while shrinking.
          const documents = [values.user, ...values.roles, values.defaults].map((document) => ({
            statements: [...document.statements],
          }));
          const target = documents[where % documents.length];
          target?.statements.splice(position % (target.statements.length + 1), 0, {
            effect: 'deny',
            api: pattern,
          });
          const texts = documents.map((document) => JSON.stringify(document));
          const permission: PermissionSources = {
            user: texts[0],
            roles: texts.slice(1, -1),
            defaults: texts[texts.length - 1],
          };
          const decision = evaluateCall(permission, call);
          expect(decision.skipped).toEqual([]);
          expect(decision.allowed).toBe(false);
          expect(decision.decidedBy?.effect).toBe('deny');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('an allow decision always names a matching allow statement, and a deny never coexists with allowed', () => {
    fc.assert(
      fc.property(permissionValue, permissionCall, (value, call) => {
        const decision = evaluateCall({ user: JSON.stringify(value) }, call);
        if (decision.allowed) expect(decision.decidedBy?.effect).toBe('allow');
        else expect(decision.decidedBy === null || decision.decidedBy.effect === 'deny').toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  const jsonish = fc.oneof(
    fc.jsonValue(),
    fc.record({
      statements: fc.array(
        fc.dictionary(fc.constantFrom('effect', 'api', 'condition', 'Effect', '', 'apis'), fc.jsonValue()),
        { maxLength: 4 },
      ),
    }),
    fc.record({
      statements: fc.array(
        fc.record(
          {
            effect: fc.constantFrom('allow', 'deny', 'Allow', ''),
            api: fc.oneof(fc.string(), fc.array(fc.string())),
            condition: fc.string(),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 4 },
      ),
    }),
  );
  const mutatedDocument = fc
    .tuple(
      permissionValue,
      fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.string({ maxLength: 3 })), { maxLength: 4 }),
    )
    .map(([value, edits]) =>
      edits.reduce(
        (text, [at, remove, insert]) => {
          const i = at % (text.length + 1);
          return text.slice(0, i) + insert + text.slice(i + remove);
        },
        JSON.stringify(value, null, 2),
      ),
    );
  const anyText = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    jsonish.map((value) => JSON.stringify(value)),
    mutatedDocument,
  );

  it('no text makes analysis throw, and every diagnostic points inside the text with a consistent line/column', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const analysis = analyzePermission(text, { catalogue });
        expect(analysis.valid).toBe(!analysis.diagnostics.some((d) => d.severity === 'error'));
        for (const diagnostic of analysis.diagnostics) {
          expect(diagnostic.from).toBeGreaterThanOrEqual(0);
          expect(diagnostic.to).toBeGreaterThanOrEqual(diagnostic.from);
          expect(diagnostic.to).toBeLessThanOrEqual(text.length);
          const position = positionAt(text, diagnostic.from);
          expect([diagnostic.line, diagnostic.column]).toEqual([position.line, position.column]);
          expect(diagnostic.message.length).toBeGreaterThan(0);
        }
        formatPermission(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('no condition text makes the condition parser throw, and errors stay inside the text', () => {
    const token = fc.constantFrom(
      'and',
      'or',
      'not',
      '!',
      '(',
      ')',
      '==',
      '!=',
      '<',
      '>=',
      "'a'",
      "'",
      '1',
      '99999999999',
      'date(2026,1,1)',
      'date(',
      'samUserName',
      'currentDate',
      ',',
      ' ',
      'ipAddress(',
      "'10.0.0.0/8'",
      'httpMethod(',
      "'GET'",
      'pathVariable(',
      '=',
      '&&',
      'x',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(token, { maxLength: 12 }).map((tokens) => tokens.join('')),
        ),
        (source) => {
          const result = parseCondition(source);
          expect(result.expr === null).toBe(result.errors.length > 0);
          for (const error of result.errors) {
            expect(error.from).toBeGreaterThanOrEqual(0);
            expect(error.to).toBeGreaterThanOrEqual(error.from);
            expect(error.to).toBeLessThanOrEqual(source.length);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('no sources and no call make evaluation or access analysis throw', () => {
    const source = fc.oneof(anyText, fc.constant(null), fc.anything());
    const sources = fc.oneof(
      fc.record(
        {
          user: source,
          roles: fc.oneof(fc.array(source, { maxLength: 3 }), fc.anything()),
          defaults: source,
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
    );
    const call = fc.oneof(
      permissionCall,
      fc.anything(),
      fc.record({
        api: fc.anything(),
        pathVariables: fc.anything(),
        now: fc.oneof(fc.date(), fc.anything()),
        clientIp: fc.anything(),
        method: fc.anything(),
        samUserName: fc.anything(),
      }),
    );
    fc.assert(
      fc.property(sources, call, (s, c) => {
        const decision = evaluateCall(s as PermissionSources, c as PermissionCall);
        expect(typeof decision.allowed).toBe('boolean');
        expect(typeof decision.reason).toBe('string');
        if (s && typeof s === 'object') {
          const asSources = s as PermissionSources;
          expect(() => effectiveGroupAccess(asSources, catalogue)).not.toThrow();
          const text = typeof asSources.user === 'string' ? asSources.user : null;
          expect(() => accessDelta(null, text, null, catalogue)).not.toThrow();
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a role edit compared on the operations it names gives the same delta as on the whole catalogue', () => {
    const text = permissionValue.map((value) => JSON.stringify(value));
    const maybe = fc.option(text, { nil: null });
    fc.assert(
      fc.property(
        maybe,
        text,
        maybe,
        fc.array(text, { maxLength: 3 }),
        maybe,
        (saved, draft, own, others, defaults) => {
          const before = { user: own, roles: saved === null ? others : [...others, saved], defaults };
          const after = { user: own, roles: [...others, draft], defaults };
          const touched = operationsNamedBy([saved, draft], catalogue);
          expect(sourcesDelta(before, after, catalogue, touched)).toEqual(
            sourcesDelta(before, after, catalogue),
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});
