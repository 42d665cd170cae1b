import { DEFAULT_PAGE_SIZE } from '@contract';
import { AUDIT_ACTIONS } from '@contract/workspace';
import * as z from 'zod/mini';
import type { AuditFilters, AuditPageRequest } from '@/api/audit';
import { parseSearch, searchFrom, urlFields } from '@/lib/url-state';

/** The audit page's state in the URL: who, what, which days, which page — a filtered log is a link. */
export const auditSearchSchema = z.object({
  page: urlFields.int(1),
  size: urlFields.pageSize(),
  member: urlFields.text(64, { trim: true }),
  action: urlFields.oneOf(AUDIT_ACTIONS),
  from: urlFields.day(),
  to: urlFields.day(),
});

/** Reads the URL leniently (anything malformed is its default); days are the partner's, in `zone`. */
export function parseAuditParams(search: URLSearchParams, zone: string): AuditPageRequest {
  const { size, from, to, ...rest } = parseSearch(auditSearchSchema, search);
  // A range given backwards would match nothing: read it the way round it was meant.
  const [first, last] = from && to && from > to ? [to, from] : [from, to];
  return { ...rest, pageSize: size, from: first, to: last, zone: first || last ? zone : undefined };
}

export function toAuditSearch({ page, pageSize, member, action, from, to }: AuditPageRequest): URLSearchParams {
  return searchFrom({ member, action, from, to, page, size: pageSize }, { page: 1, size: DEFAULT_PAGE_SIZE });
}

export function auditFiltersOf({ member, action, from, to, zone }: AuditPageRequest): AuditFilters {
  return { member, action, from, to, zone };
}

export function hasAuditFilters({ member, action, from, to }: AuditFilters): boolean {
  return [member, action, from, to].some(Boolean);
}

/** An action picked in the select ('' for any), read by the same rule as the URL. */
export const pickAction = (raw: string) => auditSearchSchema.shape.action.parse(raw);
