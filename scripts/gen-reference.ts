// Regenerates the committed reference facts (reference/*.json) from ../shared/reference (or a folder given).
//
// Tests never read outside the repository; this script is the one place that does. It writes:
//   reference/soracom-api-operations.json  every Soracom API operation: group, operationId, method, path
//   reference/sam-api-digest.json          the User, Role and Auth operations (and the token call):
//                                          method, path, status codes, request and response schemas
//                                          reduced to fields, types, enums and required
// and then the permission catalogue module built from the first (src/permissions/api-catalogue.gen.ts).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';
import { parse } from 'yaml';
import {
  OPERATIONS_JSON,
  OUTPUT as CATALOGUE_OUTPUT,
  parseOperationsTsv,
  renderCatalogueModule,
} from './build-api-catalogue.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** `npm run gen:reference -- <folder>` reads another copy (a worktree has no ../shared beside it). */
const sharedReference = resolve(process.argv[2] ?? resolve(repoRoot, '../shared/reference'));
export const DIGEST_JSON = resolve(repoRoot, 'reference/sam-api-digest.json');

/** The groups whose operations the digest holds in full, plus the one Operator call SAM sign-in uses. */
const DIGEST_GROUPS = new Set(['User', 'Role', 'Auth']);
const DIGEST_EXTRA_OPERATIONS = new Set(['generateAuthToken']);
const METHODS = ['get', 'post', 'put', 'delete', 'patch', 'head', 'options'] as const;
/** The schema keywords a digest keeps: what a field is called, its type, and whether it must be there. */
const KEPT_KEYWORDS = new Set(['type', 'enum', 'nullable', 'required', 'additionalProperties']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function objectAt(value: unknown, key: string): JsonObject | undefined {
  if (!isObject(value)) return undefined;
  const inner = value[key];
  return isObject(inner) ? inner : undefined;
}

/** A schema with local $refs resolved and only the kept keywords, recursively. */
export function digestSchema(schema: Json, root: JsonObject, seen: string[] = []): Json {
  if (!isObject(schema)) return schema;
  const ref = schema.$ref;
  if (typeof ref === 'string') {
    if (seen.includes(ref)) throw new Error(`cyclic $ref ${ref}`);
    if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported: ${ref}`);
    let target: Json | undefined = root;
    for (const segment of ref.slice(2).split('/')) target = isObject(target) ? target[segment] : undefined;
    if (target === undefined) throw new Error(`dangling $ref ${ref}`);
    return digestSchema(target, root, [...seen, ref]);
  }
  const digest: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (KEPT_KEYWORDS.has(key)) digest[key] = isObject(value) ? digestSchema(value, root, seen) : value;
    else if (key === 'items') digest.items = digestSchema(value, root, seen);
    else if (key === 'properties' && isObject(value))
      digest.properties = Object.fromEntries(
        Object.entries(value).map(([name, inner]) => [name, digestSchema(inner, root, seen)]),
      );
    else if ((key === 'allOf' || key === 'anyOf' || key === 'oneOf') && Array.isArray(value))
      digest[key] = value.map((part) => digestSchema(part, root, seen));
  }
  return digest;
}

function jsonSchemaOf(holder: JsonObject | undefined, root: JsonObject): Json {
  const schema = objectAt(objectAt(objectAt(holder, 'content'), 'application/json'), 'schema');
  return schema ? digestSchema(schema, root) : null;
}

/** The digest of one OpenAPI document's chosen operations, keyed by operationId and sorted. */
export function digestOperations(document: JsonObject, groupOf: Map<string, string>): JsonObject {
  const found: [string, JsonObject][] = [];
  for (const [path, item] of Object.entries(objectAt(document, 'paths') ?? {})) {
    for (const method of METHODS) {
      const operation = objectAt(item, method);
      const operationId = operation?.operationId;
      if (!operation || typeof operationId !== 'string') continue;
      const group = groupOf.get(operationId);
      if (!group || (!DIGEST_GROUPS.has(group) && !DIGEST_EXTRA_OPERATIONS.has(operationId))) continue;
      const requestBody = objectAt(operation, 'requestBody');
      const responses = objectAt(operation, 'responses') ?? {};
      found.push([
        operationId,
        {
          group,
          method: method.toUpperCase(),
          path,
          request: requestBody
            ? { required: requestBody.required === true, schema: jsonSchemaOf(requestBody, document) }
            : null,
          responses: Object.fromEntries(
            Object.keys(responses)
              .sort()
              .map((status) => [status, jsonSchemaOf(objectAt(responses, status), document)]),
          ),
        },
      ]);
    }
  }
  found.sort(([a], [b]) => a.localeCompare(b, 'en'));
  return Object.fromEntries(found);
}

/** UserApi.md's table of the 21 User operations, as operationIds of the document. */
export function userApiOperationIds(markdown: string, operationIds: string[]): string[] {
  const ids: string[] = [];
  for (const line of markdown.split('\n')) {
    const name = /^\[\*\*([a-z_]+)\*\*\]\([^)]*\)\s*\|/.exec(line)?.[1];
    if (!name) continue;
    const wanted = name.replace(/_/g, '').toLowerCase();
    const id = operationIds.find((candidate) => candidate.toLowerCase() === wanted);
    if (!id) throw new Error(`UserApi.md names ${name}, which the OpenAPI document does not have`);
    ids.push(id);
  }
  return ids;
}

async function writeJson(path: string, value: unknown): Promise<void> {
  writeFileSync(path, await format(JSON.stringify(value), { parser: 'json', filepath: path }));
}

async function main(): Promise<void> {
  const tsvPath = resolve(sharedReference, 'soracom-api-operations.tsv');
  if (!existsSync(tsvPath)) {
    console.error(`No ${sharedReference}: the committed reference/*.json stay as they are.`);
    process.exit(1);
  }
  const rows = parseOperationsTsv(readFileSync(tsvPath, 'utf8'));
  const sorted = [...rows].sort(
    (a, b) => a.group.localeCompare(b.group, 'en') || a.operationId.localeCompare(b.operationId, 'en'),
  );
  await writeJson(OPERATIONS_JSON, sorted);
  writeFileSync(CATALOGUE_OUTPUT, renderCatalogueModule(sorted));

  const document: unknown = parse(readFileSync(resolve(sharedReference, 'soracom-api.en.yaml'), 'utf8'));
  if (!isObject(document)) throw new Error('soracom-api.en.yaml is not a mapping');
  const groupOf = new Map(rows.map((row) => [row.operationId, row.group]));
  const operations = digestOperations(document, groupOf);
  const userApi = userApiOperationIds(
    readFileSync(resolve(sharedReference, 'UserApi.md'), 'utf8'),
    Object.keys(operations),
  );
  await writeJson(DIGEST_JSON, {
    source: 'soracom-api.en.yaml and UserApi.md of ../shared/reference, by scripts/gen-reference.ts',
    userApiOperations: userApi,
    operations,
  });
  console.log(
    `Wrote ${sorted.length} operations, a digest of ${Object.keys(operations).length}, and the catalogue module.`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
