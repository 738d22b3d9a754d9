// One line on what an API name or pattern covers, for the editor's hover and the completion details.
import { isWildcard, type ApiCatalogue } from '../../permissions/index.ts';
import { messages } from '../../i18n/i18n-store.ts';

const EXAMPLES = 4;

export function describeApiPattern(pattern: string, catalogue: ApiCatalogue): string {
  // Read when shown (a hover, the line under the editor), so it speaks the language chosen at that moment.
  const m = messages().permissions.patterns;
  if (isWildcard(pattern)) {
    const matching = catalogue.matching(pattern);
    const total = catalogue.operations.length;
    if (matching.length === 0) return m.none({ pattern });
    if (matching.length === total) return m.all({ pattern, total });
    const names = matching.slice(0, EXAMPLES).map((operation) => operation.api);
    const more = Math.max(0, matching.length - EXAMPLES);
    return m.some({ pattern, count: matching.length, total, names: names.join(', '), more });
  }
  const operation = catalogue.get(pattern);
  if (operation) return `${pattern}: ${operation.method} /v1${operation.path}`;
  return m.unknown({ pattern });
}
