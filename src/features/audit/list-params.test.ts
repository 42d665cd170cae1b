import { describe, expect, it } from 'vitest';
import { auditCsvUrl, auditQuery } from '@/api/audit';
import { actionLabel } from './action-label';
import { describeFilters } from './describe-filters';
import { parseAuditParams, toAuditSearch } from './list-params';

describe('audit URL state', () => {
  it('reads defaults and absorbs anything malformed', () => {
    expect(parseAuditParams(new URLSearchParams(), 'UTC')).toEqual({ page: 1, pageSize: 20 });
    expect(parseAuditParams(new URLSearchParams('action=drop.tables&from=2026-13-01&size=7&page=-1'), 'UTC')).toEqual({
      page: 1,
      pageSize: 20,
    });
  });

  it('reads a backwards range the way round it was meant, and keeps the zone only with days', () => {
    expect(parseAuditParams(new URLSearchParams('from=2026-04-16&to=2026-04-01'), 'Asia/Jakarta')).toMatchObject({
      from: '2026-04-01',
      to: '2026-04-16',
      zone: 'Asia/Jakarta',
    });
    expect(parseAuditParams(new URLSearchParams('member=m-1'), 'Asia/Jakarta').zone).toBeUndefined();
  });

  it('writes only what differs from the defaults', () => {
    expect(toAuditSearch({ page: 1, pageSize: 20 }).toString()).toBe('');
    expect(toAuditSearch({ page: 2, pageSize: 50, action: 'export', member: 'm-1' }).toString()).toBe(
      'member=m-1&action=export&page=2&size=50',
    );
  });
});

describe('audit query', () => {
  it("turns the partner's days into UTC instants: the whole first day to the last second of the last", () => {
    const query = auditQuery({ from: '2026-04-16', to: '2026-04-16', zone: 'Asia/Jakarta' });
    expect(query.get('from')).toBe('2026-04-15T17:00:00Z');
    expect(query.get('to')).toBe('2026-04-16T16:59:59Z');
  });

  it('downloads every row of the same selection', () => {
    expect(auditCsvUrl({})).toBe('/workspace/audit.csv');
    expect(auditCsvUrl({ member: 'm 1', action: 'sign_in' })).toBe('/workspace/audit.csv?member_id=m+1&action=sign_in');
  });
});

describe('audit wording', () => {
  it('names known actions and shows unknown ones as sent', () => {
    const t = (id: string) => `<${id}>`;
    expect(actionLabel('order.created', t)).toBe('<audit.action.order.created>');
    expect(actionLabel('webhook.sent', t)).toBe('webhook sent');
  });

  it('describes an export’s filters in one line, whatever form they were stored in', () => {
    expect(describeFilters('{"status":"paid","from":"2026-04-01","to":""}')).toBe('status paid, from 2026-04-01');
    expect(describeFilters('order_type=stars&recipient=pandus')).toBe('order type stars, recipient pandus');
    expect(describeFilters('{}')).toBe('');
    expect(describeFilters('{broken')).toBe('{broken');
    expect(describeFilters('everything')).toBe('everything');
  });
});
