// Reads openapi.yaml and turns each operation into what a Fastify route needs: path, api name, JSON schemas.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const OPENAPI_PATH = fileURLToPath(new URL('../openapi.yaml', import.meta.url));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface ContractOperation {
  operationId: string;
  /** Permission name, `Tag:operationId` (e.g. `User:createUser`). */
  api: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The OpenAPI path, e.g. `/operators/{operator_id}/users`. */
  openapiPath: string;
  /** The same path in Fastify's syntax, e.g. `/operators/:operator_id/users`. */
  routePath: string;
  /** Needs no session (security: []). */
  isPublic: boolean;
  /** Served beside /v1 rather than under it (the operation sets its own `servers`). */
  outsideApiPrefix: boolean;
  paramsSchema?: JsonObject;
  bodySchema?: JsonObject;
  bodyRequired: boolean;
}

const METHODS = ['get', 'post', 'put', 'delete'] as const;

// Ajv runs in strict mode; keep only the JSON Schema keywords it knows, drop OpenAPI-only ones.
const SCHEMA_KEYWORDS = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'enum',
  'default',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'description',
  'minItems',
  'maxItems',
  'title',
]);

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lookupRef(doc: JsonObject, ref: string): Json {
  if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported: ${ref}`);
  let node: Json = doc;
  for (const part of ref.slice(2).split('/')) {
    if (!isObject(node)) throw new Error(`Broken $ref ${ref}`);
    const next: Json | undefined = node[part];
    if (next === undefined) throw new Error(`Broken $ref ${ref}`);
    node = next;
  }
  return node;
}

/** Replaces every `$ref` with a copy of its target (the document has no cycles). */
function resolveRefs(doc: JsonObject, node: Json, seen: string[] = []): Json {
  if (Array.isArray(node)) return node.map((item) => resolveRefs(doc, item, seen));
  if (!isObject(node)) return node;
  const ref = node.$ref;
  if (typeof ref === 'string') {
    if (seen.includes(ref)) throw new Error(`Cyclic $ref ${ref}`);
    return resolveRefs(doc, lookupRef(doc, ref), [...seen, ref]);
  }
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) out[key] = resolveRefs(doc, value, seen);
  return out;
}

function toJsonSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (!SCHEMA_KEYWORDS.has(key)) continue;
    if (key === 'properties' && isObject(value)) {
      const props: JsonObject = {};
      for (const [name, sub] of Object.entries(value)) props[name] = toJsonSchema(sub);
      out[key] = props;
    } else {
      out[key] = toJsonSchema(value);
    }
  }
  return out;
}

function asObject(value: Json | undefined, what: string): JsonObject {
  if (!isObject(value)) throw new Error(`openapi.yaml: ${what} is not an object`);
  return value;
}

export function loadContract(path: string = OPENAPI_PATH): ContractOperation[] {
  const raw: unknown = parse(readFileSync(path, 'utf8'));
  const doc = asObject(raw as Json, 'the document');
  const resolved = asObject(resolveRefs(doc, doc.paths ?? null), 'paths');
  const operations: ContractOperation[] = [];
  for (const [openapiPath, pathItemJson] of Object.entries(resolved)) {
    const pathItem = asObject(pathItemJson, openapiPath);
    const sharedParams = Array.isArray(pathItem.parameters) ? pathItem.parameters : [];
    for (const method of METHODS) {
      const opJson = pathItem[method];
      if (opJson === undefined) continue;
      const op = asObject(opJson, `${method} ${openapiPath}`);
      const operationId = op.operationId;
      const tags = op.tags;
      if (typeof operationId !== 'string' || !Array.isArray(tags) || typeof tags[0] !== 'string') {
        throw new Error(`openapi.yaml: ${method} ${openapiPath} needs an operationId and a tag`);
      }
      const ownParams = Array.isArray(op.parameters) ? op.parameters : [];
      const pathParams = [...sharedParams, ...ownParams].filter(
        (p): p is JsonObject => isObject(p) && p.in === 'path' && typeof p.name === 'string',
      );
      let paramsSchema: JsonObject | undefined;
      if (pathParams.length > 0) {
        const properties: JsonObject = {};
        for (const p of pathParams) properties[String(p.name)] = toJsonSchema(p.schema ?? { type: 'string' });
        paramsSchema = {
          type: 'object',
          properties,
          required: pathParams.map((p) => String(p.name)),
        };
      }
      let bodySchema: JsonObject | undefined;
      let bodyRequired = false;
      if (isObject(op.requestBody)) {
        const content = asObject(op.requestBody.content, `${operationId} requestBody.content`);
        const media = asObject(content['application/json'], `${operationId} application/json`);
        bodySchema = asObject(toJsonSchema(media.schema ?? null), `${operationId} body schema`);
        bodyRequired = op.requestBody.required === true;
      }
      const security = op.security;
      operations.push({
        operationId,
        api: `${tags[0]}:${operationId}`,
        method: method.toUpperCase() as ContractOperation['method'],
        openapiPath,
        routePath: openapiPath.replace(/\{([^}]+)\}/g, ':$1'),
        isPublic: Array.isArray(security) && security.length === 0,
        outsideApiPrefix: Array.isArray(op.servers) || Array.isArray(pathItem.servers),
        paramsSchema,
        bodySchema,
        bodyRequired,
      });
    }
  }
  return operations;
}
