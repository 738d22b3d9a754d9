// The audit log's pages, newest first: one infinite query per filter, each page asking for the entries older than the last.
import { infiniteQueryOptions } from '@tanstack/react-query';
import { getApiAuditLogs, type AuditLogPage } from '../../api/index.ts';
import { auditKeys } from '../../queries/query-keys.ts';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilter {
  /** The local API's own filter: entries about or by this user. */
  userName?: string;
  /** The local API's own filter: these events (operationIds). */
  events?: readonly string[];
}

export const auditLogOptions = (filter: AuditFilter) =>
  infiniteQueryOptions({
    queryKey: auditKeys.list(filter),
    queryFn: ({ pageParam }) =>
      getApiAuditLogs({
        limit: AUDIT_PAGE_SIZE,
        ...(filter.userName === undefined ? {} : { userName: filter.userName }),
        ...(filter.events === undefined ? {} : { events: filter.events }),
        ...(pageParam === null ? {} : { lastEvaluatedKey: pageParam }),
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (page: AuditLogPage) => page.nextKey ?? null,
    // What happened a moment ago should show when the page is opened again.
    staleTime: 0,
  });
