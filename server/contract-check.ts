// Judges HTTP calls against Soracom's reference OpenAPI extract (read at run time): operation, status, body schemas.
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';

// The reference lives beside the clone (in CI as here), never inside the project.
export const REFERENCE_YAML_URL = new URL('../../shared/reference/sam-users-subset.yaml', import.meta.url);
export const REFERENCE_USER_API_URL = new URL('../../shared/reference/UserApi.md', import.meta.url);
export const OUR_OPENAPI_URL = new URL('../openapi.yaml', import.meta.url);

export const ERROR_CODE_PATTERN = /^[A-Z]{3}[0-9]{4}$/;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';
type JsonObject = { [key: string]: unknown };

export interface DocumentOperation {
  operationId: string;
  method: HttpMethod;
  path: string;
  /** Every status code the document lists, as strings ('200', '404'). */
  statuses: string[];
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const objectAt = (value: unknown, key: string): JsonObject | undefined => {
  if (!isObject(value)) return undefined;
  const inner = value[key];
  return isObject(inner) ? inner : undefined;
};

export function readYamlDocument(url: URL): JsonObject {
  const document: unknown = parse(readFileSync(url, 'utf8'));
  if (!isObject(document)) throw new Error(`${url.pathname} is not a YAML mapping`);
  return document;
}

/** Every operation of an OpenAPI document, keyed by operationId. */
export function operationsOf(document: JsonObject): Map<string, DocumentOperation> {
  const found = new Map<string, DocumentOperation>();
  for (const [path, item] of Object.entries(objectAt(document, 'paths') ?? {})) {
    for (const method of ['get', 'post', 'put', 'delete'] as const) {
      const operation = objectAt(item, method);
      const operationId = operation?.operationId;
      if (typeof operationId !== 'string') continue;
      const statuses = Object.keys(objectAt(operation, 'responses') ?? {}).sort();
      found.set(operationId, { operationId, method: method.toUpperCase() as HttpMethod, path, statuses });
    }
  }
  return found;
}

/**
 * The operation names of UserApi.md's table (snake_case), with the method and path the table gives,
 * so the list of operations to cover comes from the document the project started from.
 */
export function userApiTableOperations(markdown: string): { name: string; method: string; path: string }[] {
  const rows: { name: string; method: string; path: string }[] = [];
  for (const line of markdown.split('\n')) {
    const match = /^\[\*\*([a-z_]+)\*\*\]\([^)]*\)\s*\|\s*\*\*([A-Z]+)\*\*\s+(\S+)\s*\|/.exec(line);
    if (match?.[1] && match[2] && match[3]) rows.push({ name: match[1], method: match[2], path: match[3] });
  }
  return rows;
}

/** snake_case → the document's operationId, matched case-insensitively (get_user_mfa_status → getUserMFAStatus). */
export function operationIdForSnakeName(name: string, operationIds: Iterable<string>): string | undefined {
  const wanted = name.replace(/_/g, '').toLowerCase();
  return [...operationIds].find((id) => id.toLowerCase() === wanted);
}

/** A copy of `schema` with every local `$ref` replaced by what it points at (the reference has no cycles). */
function inlineRefs(schema: unknown, root: JsonObject, seen: string[] = []): unknown {
  if (Array.isArray(schema)) return schema.map((item) => inlineRefs(item, root, seen));
  if (!isObject(schema)) return schema;
  const ref = schema.$ref;
  if (typeof ref === 'string') {
    if (seen.includes(ref)) throw new Error(`cyclic $ref ${ref}`);
    if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported: ${ref}`);
    let target: unknown = root;
    for (const segment of ref.slice(2).split('/')) target = isObject(target) ? target[segment] : undefined;
    if (target === undefined) throw new Error(`dangling $ref ${ref}`);
    return inlineRefs(target, root, [...seen, ref]);
  }
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [key, inlineRefs(value, root, seen)]),
  );
}

/**
 * A copy of a (resolved) schema where every object lists all the fields it may have. The reference
 * marks few fields required, so without this a misspelt field name would pass unnoticed.
 */
function closeObjects(schema: unknown): unknown {
  if (!isObject(schema)) return schema;
  const closed: JsonObject = { ...schema };
  const properties = schema.properties;
  if (isObject(properties)) {
    closed.properties = Object.fromEntries(
      Object.entries(properties).map(([name, inner]) => [name, closeObjects(inner)]),
    );
    if (closed.additionalProperties === undefined) closed.additionalProperties = false;
  }
  if (schema.items !== undefined) closed.items = closeObjects(schema.items);
  for (const combinator of ['allOf', 'anyOf', 'oneOf'] as const) {
    const parts = schema[combinator];
    if (Array.isArray(parts)) closed[combinator] = parts.map(closeObjects);
  }
  return closed;
}

export interface ResponseJudgement {
  status: number;
  /** The raw body text as received. */
  body: string;
  /** The Content-Type header, when the caller has it. */
  contentType?: string | null;
}

/** The reference document, ready to judge requests and responses of its operations. */
export class ReferenceContract {
  readonly document: JsonObject;
  readonly operations: Map<string, DocumentOperation>;
  // OpenAPI 3.0 keywords (example, format int64, ...) are not JSON Schema: ignore unknown ones, check no formats.
  private readonly ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(document: JsonObject) {
    this.document = document;
    this.operations = operationsOf(document);
  }

  static load(): ReferenceContract {
    return new ReferenceContract(readYamlDocument(REFERENCE_YAML_URL));
  }

  private rawOperation(operationId: string): JsonObject | undefined {
    const known = this.operations.get(operationId);
    if (!known) return undefined;
    return objectAt(objectAt(objectAt(this.document, 'paths'), known.path), known.method.toLowerCase());
  }

  private validator(key: string, schema: unknown, closed: boolean): ValidateFunction {
    const cached = this.validators.get(key);
    if (cached) return cached;
    const inlined = inlineRefs(schema, this.document);
    const resolved = closed ? closeObjects(inlined) : inlined;
    if (!isObject(resolved)) throw new Error(`${key}: the schema is not an object`);
    const compiled = this.ajv.compile(resolved);
    this.validators.set(key, compiled);
    return compiled;
  }

  private schemaProblems(key: string, schema: unknown, value: unknown, closed = true): string[] {
    const validate = this.validator(key, schema, closed);
    if (validate(value)) return [];
    return (validate.errors ?? []).map(
      (error) => `${key}: ${error.instancePath || '(body)'} ${error.message ?? 'is invalid'}`,
    );
  }

  /** Problems with calling `method path` as `operationId`: it must be the reference's own operation there. */
  routeProblems(operationId: string, method: HttpMethod, pathTemplate: string): string[] {
    const known = this.operations.get(operationId);
    if (!known) return [`${operationId}: no such operationId in the reference`];
    const problems: string[] = [];
    if (known.method !== method)
      problems.push(`${operationId}: the reference says ${known.method}, the call used ${method}`);
    if (known.path !== pathTemplate)
      problems.push(`${operationId}: the reference path is ${known.path}, the call used ${pathTemplate}`);
    return problems;
  }

  /** Problems with a request body (undefined = no body) against the reference's request schema. */
  requestProblems(operationId: string, body: unknown): string[] {
    const operation = this.rawOperation(operationId);
    if (!operation) return [`${operationId}: no such operationId in the reference`];
    const requestBody = objectAt(operation, 'requestBody');
    if (!requestBody)
      return body === undefined ? [] : [`${operationId}: the reference takes no request body`];
    if (body === undefined)
      return requestBody.required === true ? [`${operationId}: the reference requires a body`] : [];
    const schema = objectAt(objectAt(objectAt(requestBody, 'content'), 'application/json'), 'schema');
    if (!schema) return [`${operationId}: the reference has no application/json request schema`];
    return this.schemaProblems(`${operationId} request`, schema, body);
  }

  /**
   * Problems with a response: its status must be one the reference lists for the operation, a
   * success when `expect` is 'success' and an error otherwise, and its body must match the
   * reference's schema for that status. Error bodies must also be Soracom's flat `{code, message}`.
   */
  responseProblems(operationId: string, response: ResponseJudgement, expect: 'success' | 'error'): string[] {
    const operation = this.rawOperation(operationId);
    if (!operation) return [`${operationId}: no such operationId in the reference`];
    const status = String(response.status);
    const listed = objectAt(objectAt(operation, 'responses'), status);
    const problems: string[] = [];
    if (!listed) problems.push(`${operationId}: status ${status} is not listed in the reference`);
    const isSuccess = response.status >= 200 && response.status < 300;
    if (expect === 'success' && !isSuccess)
      problems.push(`${operationId}: expected a success, got ${status} ${response.body}`);
    if (expect === 'error' && isSuccess) problems.push(`${operationId}: expected an error, got ${status}`);

    let parsed: unknown = undefined;
    if (response.body !== '') {
      try {
        parsed = JSON.parse(response.body);
      } catch {
        return [...problems, `${operationId}: the body is not JSON: ${response.body.slice(0, 80)}`];
      }
    }
    if (response.status === 204 && response.body !== '')
      problems.push(`${operationId}: a 204 carries a body`);
    if (
      response.body !== '' &&
      response.contentType !== undefined &&
      !response.contentType?.startsWith('application/json')
    ) {
      problems.push(`${operationId}: a JSON body came as ${String(response.contentType)}`);
    }

    const schema = objectAt(objectAt(objectAt(listed, 'content'), 'application/json'), 'schema');
    if (schema) {
      if (parsed === undefined)
        problems.push(`${operationId}: the reference gives ${status} a body, none came`);
      // Error bodies are Soracom's flat shape (checked below), not the nested APICallError of the document.
      else problems.push(...this.schemaProblems(`${operationId} ${status}`, schema, parsed, isSuccess));
    }

    if (!isSuccess) {
      const keys = isObject(parsed) ? Object.keys(parsed).sort().join(',') : '';
      if (keys !== 'code,message')
        problems.push(`${operationId}: an error body must be exactly {code, message}, got ${response.body}`);
      const code = isObject(parsed) ? parsed.code : undefined;
      if (typeof code !== 'string' || !ERROR_CODE_PATTERN.test(code))
        problems.push(`${operationId}: error code ${String(code)} is not like SAM0001`);
      if (isObject(parsed) && typeof parsed.message !== 'string')
        problems.push(`${operationId}: the error message is not a string`);
    }
    return problems;
  }
}
