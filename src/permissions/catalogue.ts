// The catalogue of Soracom API operations (`Group:operationId`), with the lookups autocompletion and analysis need.
import type { ApiCatalogue, ApiOperation } from './types.ts';
import { compileApiPattern } from './api-pattern.ts';

export interface CatalogueRow {
  group: string;
  operationId: string;
  method: string;
  path: string;
}

export function createCatalogue(rows: readonly CatalogueRow[]): ApiCatalogue {
  const operations: ApiOperation[] = rows.map((row) => ({ ...row, api: `${row.group}:${row.operationId}` }));
  const byApi = new Map(operations.map((operation) => [operation.api, operation]));
  const groups = [...new Set(operations.map((operation) => operation.group))].sort();
  const matchingCache = new Map<string, readonly ApiOperation[]>();
  const variablesCache = new Map<string, readonly string[]>();

  const matching = (pattern: string): readonly ApiOperation[] => {
    const cached = matchingCache.get(pattern);
    if (cached) return cached;
    const matches = compileApiPattern(pattern);
    const found = operations.filter((operation) => matches(operation.api));
    if (matchingCache.size > 1000) matchingCache.clear();
    matchingCache.set(pattern, found);
    return found;
  };

  return {
    operations,
    groups,
    get: (api) => byApi.get(api),
    matching,
    countMatching: (pattern) => matching(pattern).length,
    pathVariables: (api) => {
      const cached = variablesCache.get(api);
      if (cached) return cached;
      const path = byApi.get(api)?.path ?? '';
      const names = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? '');
      variablesCache.set(api, names);
      return names;
    },
  };
}

let loading: Promise<ApiCatalogue> | null = null;

/** Loads the generated catalogue on first use; bundlers split it into its own chunk. */
export function loadCatalogue(): Promise<ApiCatalogue> {
  loading ??= import('./api-catalogue.gen.ts').then((module) => createCatalogue(module.API_OPERATIONS));
  return loading;
}
