// One line on what an API name or pattern covers, for the editor's hover and the completion details.
import { isWildcard, type ApiCatalogue } from '../../permissions/index.ts';

const EXAMPLES = 4;

export function describeApiPattern(pattern: string, catalogue: ApiCatalogue): string {
  if (isWildcard(pattern)) {
    const matching = catalogue.matching(pattern);
    const total = catalogue.operations.length;
    if (matching.length === 0) return `${pattern} matches no operation in the API catalogue.`;
    if (matching.length === total) return `${pattern} covers all ${total} operations.`;
    const names = matching.slice(0, EXAMPLES).map((operation) => operation.api);
    const more = matching.length > EXAMPLES ? `, and ${matching.length - EXAMPLES} more` : '';
    const noun = matching.length === 1 ? 'operation' : 'operations';
    return `${pattern} covers ${matching.length} ${noun} of ${total}: ${names.join(', ')}${more}.`;
  }
  const operation = catalogue.get(pattern);
  if (operation) return `${pattern}: ${operation.method} /v1${operation.path}`;
  return `${pattern} is not in the API catalogue.`;
}
