// Judges HTTP calls against the committed digest of Soracom's reference (reference/sam-api-digest.json).
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';

// The facts are regenerated from Soracom's reference documents by `npm run gen:reference`; tests read only the commit.
export const REFERENCE_DIGEST_URL = new URL('../reference/sam-api-digest.json', import.meta.url);
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

/** One operation of the digest: where it is, and its schemas reduced to fields, types and required. */
export interface DigestOperation {
  group: string;
  method: HttpMethod;
  path: string;
  /** null: the operation takes no body. */
  request: { required: boolean; schema: unknown } | null;
  /** Every status the reference lists, with its JSON body schema or null for none. */
  responses: Record<string, unknown>;
}

export interface ReferenceDigest {
  /** The 21 operations of UserApi.md, the document the project started from, as operationIds. */
  userApiOperations: string[];
  operations: Record<string, DigestOperation>;
}

function isHttpMethod(value: unknown): value is HttpMethod {
  return value === 'GET' || value === 'POST' || value === 'PUT' || value === 'DELETE';
}

/** Reads the committed digest, checking its shape so a hand edit gone wrong fails here, not later. */
export function readReferenceDigest(url: URL = REFERENCE_DIGEST_URL): ReferenceDigest {
  const raw: unknown = JSON.parse(readFileSync(url, 'utf8'));
  const userApi = isObject(raw) ? raw.userApiOperations : undefined;
  const operations = objectAt(raw, 'operations');
  if (!Array.isArray(userApi) || !userApi.every((id) => typeof id === 'string') || !operations)
    throw new Error(`${url.pathname}: expected userApiOperations and operations`);
  const checked: Record<string, DigestOperation> = {};
  for (const [operationId, value] of Object.entries(operations)) {
    const request = isObject(value) ? value.request : undefined;
    const responses = objectAt(value, 'responses');
    if (
      !isObject(value) ||
      typeof value.group !== 'string' ||
      !isHttpMethod(value.method) ||
      typeof value.path !== 'string' ||
      !responses ||
      (request !== null && !(isObject(request) && typeof request.required === 'boolean'))
    )
      throw new Error(`${url.pathname}: ${operationId} is not a digest operation`);
    checked[operationId] = {
      group: value.group,
      method: value.method,
      path: value.path,
      request: isObject(request) ? { required: request.required === true, schema: request.schema } : null,
      responses,
    };
  }
  return { userApiOperations: userApi, operations: checked };
}

/** The reference digest, ready to judge requests and responses of its operations. */
export class ReferenceContract {
  readonly digest: ReferenceDigest;
  readonly operations: Map<string, DocumentOperation>;
  // OpenAPI 3.0 keywords (nullable, ...) are not JSON Schema: ignore unknown ones, check no formats.
  private readonly ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(digest: ReferenceDigest) {
    this.digest = digest;
    this.operations = new Map(
      Object.entries(digest.operations).map(([operationId, op]) => [
        operationId,
        { operationId, method: op.method, path: op.path, statuses: Object.keys(op.responses).sort() },
      ]),
    );
  }

  static load(): ReferenceContract {
    return new ReferenceContract(readReferenceDigest());
  }

  private validator(key: string, schema: unknown, closed: boolean): ValidateFunction {
    const cached = this.validators.get(key);
    if (cached) return cached;
    const resolved = closed ? closeObjects(schema) : schema;
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
    const operation = this.digest.operations[operationId];
    if (!operation) return [`${operationId}: no such operationId in the reference`];
    const request = operation.request;
    if (!request) return body === undefined ? [] : [`${operationId}: the reference takes no request body`];
    if (body === undefined) return request.required ? [`${operationId}: the reference requires a body`] : [];
    if (!isObject(request.schema))
      return [`${operationId}: the reference has no application/json request schema`];
    return this.schemaProblems(`${operationId} request`, request.schema, body);
  }

  /**
   * Problems with a response: its status must be one the reference lists for the operation, a
   * success when `expect` is 'success' and an error otherwise, and its body must match the
   * reference's schema for that status. Error bodies must also be Soracom's flat `{code, message}`.
   */
  responseProblems(operationId: string, response: ResponseJudgement, expect: 'success' | 'error'): string[] {
    const operation = this.digest.operations[operationId];
    if (!operation) return [`${operationId}: no such operationId in the reference`];
    const status = String(response.status);
    const listed = Object.hasOwn(operation.responses, status);
    const schema = listed ? operation.responses[status] : undefined;
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

    if (isObject(schema)) {
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
