import type { AuditEntry } from '@contract/workspace';
import { Skeleton } from '@/components/ui/skeleton';
import { Time } from '@/components/ui/time';
import { zoneLabel } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';
import { useFormat } from '@/lib/use-format';
import { actionLabel } from '../action-label';
import { AuditDetail } from './audit-detail';

// A table from 768 px; below, each entry is a card (one grid per row) — the orders list's way.
const tableClass =
  'w-full text-sm max-md:block md:[&_td]:px-3 md:[&_td]:py-2 md:[&_td]:align-top [&_th]:px-3 [&_th]:py-2 [&_th]:text-left';
const rowClass = [
  'max-md:grid max-md:grid-cols-[1fr_auto] max-md:gap-x-3 max-md:gap-y-1',
  'max-md:rounded-lg max-md:border max-md:border-line max-md:bg-surface max-md:p-3',
].join(' ');
// On a phone: what happened and when, who, the details, then the address.
const at = {
  time: 'whitespace-nowrap max-md:row-start-1 max-md:col-start-2 max-md:text-right max-md:text-muted',
  person: 'max-md:row-start-2 max-md:col-span-2',
  action: 'font-medium max-md:row-start-1 max-md:col-start-1',
  detail: 'max-md:row-start-3 max-md:col-span-2',
  address: 'font-mono text-xs max-md:row-start-4 max-md:col-span-2 max-md:text-muted md:whitespace-nowrap',
};

export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const t = useT();
  const f = useFormat();
  const zone = zoneLabel(f.timeZone, Date.parse(entries[0]?.at ?? '') || 0);
  return (
    <div className="md:overflow-x-auto md:rounded-lg md:border md:border-line md:bg-surface">
      <table className={tableClass}>
        <caption className="sr-only">{t('audit.table.caption')}</caption>
        <thead className="bg-subtle font-medium max-md:hidden">
          <tr>
            <th scope="col" className="whitespace-nowrap">
              {t('audit.col.time', { zone })}
            </th>
            <th scope="col">{t('audit.col.person')}</th>
            <th scope="col">{t('audit.col.action')}</th>
            <th scope="col">{t('audit.col.detail')}</th>
            <th scope="col">{t('audit.col.address')}</th>
          </tr>
        </thead>
        <tbody className="max-md:grid max-md:gap-2 md:divide-y md:divide-line">
          {entries.map((entry) => (
            <tr key={entry.id} data-testid="audit-row" className={rowClass}>
              <td className={at.time}>
                <Time iso={entry.at} />
              </td>
              <td className={at.person}>{entry.member_name ?? <span className="text-muted">{t('audit.unknownPerson')}</span>}</td>
              <td className={at.action}>{actionLabel(entry.action, t)}</td>
              <td className={at.detail}>
                <AuditDetail detail={entry.detail} />
              </td>
              <td className={at.address}>{entry.address}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function AuditTableSkeleton() {
  const t = useT();
  return (
    <div role="status" aria-busy="true" aria-label={t('audit.loading')} className="space-y-2">
      {Array.from({ length: 6 }, (_, index) => (
        <Skeleton key={index} className="h-20 md:h-8" />
      ))}
    </div>
  );
}
