import { type AuditAction, auditPageSchema } from '@contract/workspace';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { dayBoundary } from '@/lib/format';
import { getJson, pageQuery } from './request';

/** The audit log's filters as the page names them; days are the partner's, read in `zone`. */
export type AuditFilters = {
  member?: string;
  action?: AuditAction;
  /** Inclusive days, `YYYY-MM-DD`, in `zone` (UTC when there is none). */
  from?: string;
  to?: string;
  zone?: string;
};

export type AuditPageRequest = AuditFilters & { page: number; pageSize: number };

/** The one place filter names become the route's query: the page and its CSV download share it. */
export function auditQuery({ member, action, from, to, zone = 'UTC' }: AuditFilters): URLSearchParams {
  const query = new URLSearchParams();
  if (member) query.set('member_id', member);
  if (action) query.set('action', action);
  if (from) query.set('from', dayBoundary(from, zone, 'start'));
  if (to) query.set('to', dayBoundary(to, zone, 'end'));
  return query;
}

/** Where the browser downloads the log as CSV (same filters as the page, every row; the server streams it). */
export function auditCsvUrl(filters: AuditFilters): string {
  const query = auditQuery(filters).toString();
  return query ? `/workspace/audit.csv?${query}` : '/workspace/audit.csv';
}

export const auditQueries = {
  all: () => ['audit'] as const,
  page: ({ page, pageSize, member, action, from, to, zone }: AuditPageRequest) => {
    const request: AuditPageRequest = { page, pageSize, member, action, from, to, zone: from || to ? zone : undefined };
    const query = auditQuery(request);
    for (const [name, value] of pageQuery(pageSize, (page - 1) * pageSize)) query.set(name, value);
    return queryOptions({
      queryKey: [...auditQueries.all(), request] as const,
      queryFn: (context) => getJson(context, `/workspace/audit?${query}`, auditPageSchema),
      placeholderData: keepPreviousData,
    });
  },
};
