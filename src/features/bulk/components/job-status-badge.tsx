import { useT } from '@/lib/i18n/use-t';
import { isJobStatus, jobTone } from '../job-status';

/** A job's status in words (a status this dashboard does not know yet, as sent). */
export function JobStatusBadge({ status }: { status: string }) {
  const t = useT();
  return (
    <span
      data-testid="bulk-job-status"
      className={`inline-block whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ${jobTone[status] ?? 'bg-subtle text-ink'}`}
    >
      {isJobStatus(status) ? t(`bulk.status.${status}`) : status}
    </span>
  );
}
