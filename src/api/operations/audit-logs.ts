// The operator's API audit log, a page at a time, newest first (AuditLog:getApiAuditLogs).
import type { components } from '../schema.gen.ts';
import { apiClient, expectBodyAndHeaders } from '../client.ts';

type Schemas = components['schemas'];
export type ApiAuditLogEntry = Schemas['ApiAuditLogEntry'];

export interface AuditLogPage {
  entries: ApiAuditLogEntry[];
  /** Pass as lastEvaluatedKey for the next (older) page; absent on the last page. */
  nextKey?: string;
}

/**
 * GET /audit_logs/api: the operator's log, newest first. `userName` and `events` are the local
 * API's own filters (Soracom's API has neither); leave them out against Soracom.
 */
export async function getApiAuditLogs(
  options: { userName?: string; events?: readonly string[]; lastEvaluatedKey?: string; limit?: number } = {},
): Promise<AuditLogPage> {
  const query = {
    ...(options.limit === undefined ? {} : { limit: options.limit }),
    ...(options.lastEvaluatedKey === undefined ? {} : { last_evaluated_key: options.lastEvaluatedKey }),
    ...(options.userName === undefined ? {} : { user_name: options.userName }),
    ...(options.events === undefined || options.events.length === 0
      ? {}
      : { event: options.events.join(',') }),
  };
  const { data, headers } = await expectBodyAndHeaders(
    'AuditLog:getApiAuditLogs',
    apiClient().GET('/audit_logs/api', { params: { query } }),
  );
  const nextKey = headers.get('x-soracom-next-key');
  return { entries: data, ...(nextKey ? { nextKey } : {}) };
}
