import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { auditCsvUrl, auditQueries, auditQuery } from '@/api/audit';
import { reportExport } from '@/api/audit-events';
import { ErrorPanel } from '@/components/ui/error-panel';
import { PageHeading } from '@/components/ui/page-heading';
import { Pagination } from '@/components/ui/pagination';
import { useT } from '@/lib/i18n/use-t';
import { usePreferences } from '@/lib/preferences/preferences-context';
import { useUrlState } from '@/lib/url-state';
import { auditFiltersOf, hasAuditFilters, parseAuditParams, toAuditSearch } from '../list-params';
import { AuditFilterForm } from './audit-filters';
import { AuditTable, AuditTableSkeleton } from './audit-table';

/** Who did what, newest first: filtered by person, action and days (all in the URL), downloadable as CSV. */
export function AuditPage() {
  const t = useT();
  const { timeZone } = usePreferences();
  const parse = useCallback((search: URLSearchParams) => parseAuditParams(search, timeZone), [timeZone]);
  const [params, setParams] = useUrlState(parse, toAuditSearch);
  const filters = auditFiltersOf(params);
  const log = useQuery(auditQueries.page(params));
  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <PageHeading title={t('audit.title')} />
        <a
          href={auditCsvUrl(filters)}
          download
          // The log records its own downloads too: which selection, and how many entries it holds.
          onClick={() => {
            if (log.data)
              void reportExport({ source: 'audit', filters: Object.fromEntries(auditQuery(filters)), rows: log.data.total });
          }}
          className="whitespace-nowrap rounded-md border border-line-strong bg-surface px-3 py-2 text-sm font-medium hover:bg-subtle"
        >
          {t('audit.download')}
        </a>
      </div>
      <p className="text-sm text-muted">{t('audit.intro')}</p>
      <AuditFilterForm
        key={toAuditSearch(params).toString()}
        value={filters}
        onChange={(next) => setParams({ page: 1, pageSize: params.pageSize, ...next })}
      />
      {log.isPending ? (
        <AuditTableSkeleton />
      ) : log.isError ? (
        <ErrorPanel error={log.error} onRetry={() => void log.refetch()} title={t('audit.loadError')} />
      ) : log.data.items.length === 0 ? (
        <p role="status" className="rounded-lg border border-dashed border-line-strong p-8 text-center">
          {t(hasAuditFilters(filters) ? 'audit.empty.filtered' : 'audit.empty.title')}
        </p>
      ) : (
        <>
          <AuditTable entries={log.data.items} />
          <Pagination
            page={params.page}
            pageSize={params.pageSize}
            total={log.data.total}
            onPage={(page) => setParams({ ...params, page })}
            onPageSize={(pageSize) => setParams({ ...params, page: 1, pageSize })}
          />
        </>
      )}
    </section>
  );
}
