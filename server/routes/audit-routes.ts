// The operator's audit log, in the shape of Soracom's getApiAuditLogs plus the local API's own fields.
import type { components } from '../../src/api/schema.gen.ts';
import { USER_NAME_PATTERN } from '../../src/lib/sam-rules.ts';
import { API_PREFIX } from '../api-prefix.ts';
import { ApiFailure } from '../errors.ts';
import type { ContractOperation } from '../openapi-contract.ts';
import type { AuditRow } from '../store/audit-store.ts';
import type { HandlerTable } from './operation-handler.ts';
import { sessionOf, type RouteDeps } from './route-context.ts';

type ApiAuditLogEntry = components['schemas']['ApiAuditLogEntry'];

const DEFAULT_LIMIT = 100;

/** An optional non-negative integer query parameter, or 400 naming it. */
function integerParam(
  query: Record<string, unknown>,
  name: string,
  min: number,
  max: number,
): number | undefined {
  const raw = query[name];
  if (raw === undefined) return undefined;
  const text = Array.isArray(raw) ? raw[0] : raw;
  const value = typeof text === 'string' && /^[0-9]{1,16}$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(value)) {
    throw new ApiFailure('SAM0004', { field: name, type_en: 'an integer', type_ja: '整数' });
  }
  if (value < min || value > max) {
    throw new ApiFailure('SAM0005', {
      field: name,
      rule_en: `must be between ${min} and ${max}`,
      rule_ja: `${min} 以上 ${max} 以下でなければなりません`,
    });
  }
  return value;
}

function stringParam(query: Record<string, unknown>, name: string): string | undefined {
  const raw = query[name];
  const text = Array.isArray(raw) ? raw[0] : raw;
  return typeof text === 'string' ? text : undefined;
}

/** The local `user_name` filter: a valid user name, or 400 naming the field. */
function userNameParam(query: Record<string, unknown>): string | undefined {
  const text = stringParam(query, 'user_name');
  if (text === undefined) return undefined;
  if (!USER_NAME_PATTERN.test(text)) throw new ApiFailure('SAM0006', { field: 'user_name' });
  return text;
}

/** The local `event` filter: operationIds, comma-separated, or 400 naming the field. */
function eventsParam(query: Record<string, unknown>): string[] | undefined {
  const text = stringParam(query, 'event');
  if (text === undefined) return undefined;
  if (text.length > 1000 || !/^[A-Za-z]{1,64}(,[A-Za-z]{1,64})*$/.test(text)) {
    throw new ApiFailure('SAM0005', {
      field: 'event',
      rule_en: 'must be operation IDs separated by commas',
      rule_ja: 'カンマ区切りの操作 ID でなければなりません',
    });
  }
  return text.split(',');
}

/**
 * The page to answer from `limit + 1` rows, newest first. The next page starts strictly before the
 * last entry's millisecond (Soracom's paging key is a time), so a page must not end inside a
 * millisecond that has more entries: those would be skipped. It ends before that millisecond
 * instead, unless the whole page is that one millisecond.
 */
function pageOf<T extends { time_ms: number }>(rows: readonly T[], limit: number): T[] {
  const page = rows.slice(0, limit);
  const next = rows[limit];
  if (next === undefined) return page;
  let end = page.length;
  while (end > 0 && page[end - 1]?.time_ms === next.time_ms) end -= 1;
  return end > 0 ? page.slice(0, end) : page;
}

export function auditHandlers(deps: RouteDeps, operations: readonly ContractOperation[]) {
  // apiKind is the path template called, as Soracom names it: /v1/auth, /v1/operators/{operator_id}/users/...
  const apiKindOf = new Map(operations.map((op) => [op.operationId, `${API_PREFIX}${op.openapiPath}`]));
  const kindToEvents = new Map<string, string[]>();
  for (const [event, kind] of apiKindOf) kindToEvents.set(kind, [...(kindToEvents.get(kind) ?? []), event]);

  const toEntry = (row: AuditRow): ApiAuditLogEntry => {
    const optional = <K extends keyof ApiAuditLogEntry>(key: K, value: ApiAuditLogEntry[K] | null) =>
      value === null || value === undefined ? {} : { [key]: value };
    return {
      apiKind: apiKindOf.get(row.event) ?? row.event,
      ...optional('operatorId', row.operator_id),
      ...optional('remoteIpAddress', row.address),
      ...optional('requestPath', row.request_path),
      requestedTimeEpochMs: row.time_ms,
      ...optional('userName', row.actor_user_name),
      statusCode: row.status_code,
      event: row.event,
      ...optional('targetUserName', row.target_user_name),
      ...optional('account', row.account),
      ...optional(
        'detail',
        row.detail === null ? null : (JSON.parse(row.detail) as ApiAuditLogEntry['detail']),
      ),
      ...optional('beforeDigest', row.before_digest),
      ...optional('afterDigest', row.after_digest),
      ...optional('before', row.before_text),
      ...optional('after', row.after_text),
    };
  };

  return {
    async getApiAuditLogs(request, reply) {
      const session = sessionOf(request);
      const query: Record<string, unknown> = request.query;
      const limit = integerParam(query, 'limit', 1, 1000) ?? DEFAULT_LIMIT;
      const fromMs = integerParam(query, 'from_epoch_ms', 0, Number.MAX_SAFE_INTEGER);
      const toMs = integerParam(query, 'to_epoch_ms', 0, Number.MAX_SAFE_INTEGER);
      const lastKey = stringParam(query, 'last_evaluated_key');
      const beforeMs =
        lastKey === undefined
          ? undefined
          : integerParam({ last_evaluated_key: lastKey }, 'last_evaluated_key', 0, Number.MAX_SAFE_INTEGER);
      const apiKind = stringParam(query, 'api_kind');
      const kindEvents = apiKind === undefined ? undefined : (kindToEvents.get(apiKind) ?? []);
      const named = eventsParam(query);
      // Both filters given: the events that are in both.
      const events =
        kindEvents === undefined
          ? named
          : named === undefined
            ? kindEvents
            : kindEvents.filter((e) => named.includes(e));
      if (events !== undefined && events.length === 0) return [];
      const userName = userNameParam(query);
      // One more than asked says whether more follow.
      const found = deps.store.audit.list({
        operatorId: session.operatorId,
        limit: limit + 1,
        ...(fromMs === undefined ? {} : { fromMs }),
        ...(toMs === undefined ? {} : { toMs }),
        ...(beforeMs === undefined ? {} : { beforeMs }),
        ...(events === undefined ? {} : { events }),
        ...(userName === undefined ? {} : { userName }),
      });
      const rows = pageOf(found, limit);
      const last = rows[rows.length - 1];
      if (found.length > limit && last) reply.header('x-soracom-next-key', String(last.time_ms));
      return rows.map(toEntry);
    },
  } satisfies Partial<HandlerTable>;
}
