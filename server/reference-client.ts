// A client that drives the local API over real HTTP and has the reference judge every call: the kit of reference-contract.test.ts.
import { expect } from 'vitest';
import { OUR_OPENAPI_URL, ReferenceContract, readYamlDocument, type HttpMethod } from './contract-check.ts';

export interface Call {
  operationId: string;
  method: HttpMethod;
  /** The path template as the reference writes it, under /v1. */
  path: string;
  vars?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Answer {
  status: number;
  text: string;
  json: unknown;
  contentType: string | null;
}

export const LOCAL_ONLY_FIELDS = localOnlyFields(readYamlDocument(OUR_OPENAPI_URL));

/** The names of the properties openapi.yaml marks `x-local-only`, anywhere in its schemas. */
function localOnlyFields(document: unknown): Set<string> {
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const properties = (node as Record<string, unknown>).properties;
    if (typeof properties === 'object' && properties !== null) {
      for (const [name, schema] of Object.entries(properties)) {
        if (
          typeof schema === 'object' &&
          schema !== null &&
          (schema as Record<string, unknown>)['x-local-only']
        )
          found.add(name);
      }
    }
    Object.values(node).forEach(visit);
  };
  visit(document);
  return found;
}

function withoutLocalOnlyFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutLocalOnlyFields);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !LOCAL_ONLY_FIELDS.has(key))
      .map(([key, inner]) => [key, withoutLocalOnlyFields(inner)]),
  );
}

const successes = (statuses: string[]) => statuses.filter((status) => status.startsWith('2'));

export function stringField(value: unknown, key: string): string {
  const field =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  if (typeof field !== 'string') throw new Error(`expected a string ${key} in ${JSON.stringify(value)}`);
  return field;
}

export function arrayOf(value: unknown): Record<string, unknown>[] {
  if (!Array.isArray(value)) throw new Error(`expected an array, got ${JSON.stringify(value)}`);
  return value.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null);
}

/**
 * `send` makes a call; `succeed` and `fail` also have the reference judge the route, the request and
 * the answer, and `covered` collects the operations that succeeded. `base` and `vars` are read at
 * call time, as the scenario learns them.
 */
export function referenceClient(
  reference: ReferenceContract,
  at: { base: () => string; vars: () => Record<string, string> },
) {
  const covered = new Set<string>();

  const url = (path: string, pathVars: Record<string, string>) =>
    `${at.base()}/v1${path.replace(/\{(\w+)\}/g, (_match, name: string) => {
      const value = pathVars[name];
      if (value === undefined) throw new Error(`no value for {${name}} in ${path}`);
      return encodeURIComponent(value);
    })}`;

  async function send(call: Call): Promise<Answer> {
    const headers: Record<string, string> = { ...call.headers };
    if (call.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(url(call.path, { ...at.vars(), ...call.vars }), {
      method: call.method,
      headers,
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
    });
    const text = await response.text();
    let json: unknown = undefined;
    if (text !== '') json = JSON.parse(text);
    return { status: response.status, text, json, contentType: response.headers.get('content-type') };
  }

  // Fields openapi.yaml marks x-local-only are the local API's own additions (Soracom's API has no
  // such field, and the console copes without them): the reference judges the rest of the body.
  const judged = (answer: Answer) => ({
    status: answer.status,
    body: answer.text === '' ? '' : JSON.stringify(withoutLocalOnlyFields(answer.json)),
    contentType: answer.contentType,
  });

  /** A call the reference says succeeds; the route, the request and the answer are all judged. */
  async function succeed(call: Call, status: number): Promise<Answer> {
    expect(reference.routeProblems(call.operationId, call.method, call.path)).toEqual([]);
    expect(reference.requestProblems(call.operationId, call.body)).toEqual([]);
    const answer = await send(call);
    expect(reference.responseProblems(call.operationId, judged(answer), 'success')).toEqual([]);
    const listed = reference.operations.get(call.operationId)?.statuses ?? [];
    // The scenario names the one success code it expects, and it must be the reference's.
    expect(successes(listed), call.operationId).toContain(String(status));
    expect(answer.status, `${call.operationId}: ${answer.text}`).toBe(status);
    covered.add(call.operationId);
    return answer;
  }

  /** A call that fails with a status the reference lists for the operation, in the flat error shape. */
  async function fail(call: Call, status: number): Promise<Answer> {
    expect(reference.routeProblems(call.operationId, call.method, call.path)).toEqual([]);
    expect(reference.requestProblems(call.operationId, call.body)).toEqual([]);
    const answer = await send(call);
    expect(reference.operations.get(call.operationId)?.statuses, call.operationId).toContain(String(status));
    expect(answer.status, `${call.operationId}: ${answer.text}`).toBe(status);
    expect(reference.responseProblems(call.operationId, judged(answer), 'error')).toEqual([]);
    return answer;
  }

  return { send, succeed, fail, covered };
}
