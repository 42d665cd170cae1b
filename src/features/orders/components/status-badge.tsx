import { useStatusLabel } from '@/lib/i18n/use-status-label';

const tones: Record<string, string> = {
  pending_payment: 'bg-warn-soft text-warn',
  paid: 'bg-info-soft text-info',
  processing: 'bg-info-soft text-info',
  completed: 'bg-ok-soft text-ok',
  failed: 'bg-bad-soft text-bad',
  refunded: 'bg-bad-soft text-bad',
  expired: 'bg-subtle text-muted',
  cancelled: 'bg-subtle text-muted',
};
const neutral = 'bg-subtle text-ink';

/** Any status string is shown, including ones this dashboard does not know yet; token colours read in both themes. */
export function StatusBadge({ status }: { status: string }) {
  const statusLabel = useStatusLabel();
  return (
    <span className={`inline-block whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ${tones[status] ?? neutral}`}>
      {statusLabel(status)}
    </span>
  );
}
