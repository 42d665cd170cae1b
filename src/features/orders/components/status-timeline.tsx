import type { Order } from '@contract';
import { Time } from '@/components/ui/time';
import { useStatusLabel } from '@/lib/i18n/use-status-label';
import { useT } from '@/lib/i18n/use-t';
import { useFormat } from '@/lib/use-format';
import { failureReasonText } from '../failure-reason';
import { orderTimeline, type TimelineStep } from '../timeline';

const marker: Record<TimelineStep['state'], { className: string; icon: string }> = {
  done: { className: 'border-ok bg-ok text-surface', icon: '✓' },
  current: { className: 'border-accent bg-accent-soft text-accent ring-2 ring-accent/30', icon: '●' },
  upcoming: { className: 'border-line-strong bg-surface text-muted', icon: '' },
  failed: { className: 'border-bad bg-bad text-surface', icon: '✕' },
  stopped: { className: 'border-line-strong bg-subtle text-muted', icon: '✕' },
};
const labelClass: Record<TimelineStep['state'], string> = {
  done: 'font-medium text-ink',
  current: 'font-semibold text-accent',
  upcoming: 'text-muted',
  failed: 'font-semibold text-bad',
  stopped: 'font-medium text-muted',
};

function StepLabel({ step }: { step: TimelineStep }) {
  const t = useT();
  const statusLabel = useStatusLabel();
  return <>{step.id === 'other' ? statusLabel(step.status ?? '') : t(`order.step.${step.id}`)}</>;
}

/** The order's steps, each with its time; failed steps red with ×, done ones green with ✓, the current one highlighted. */
export function StatusTimeline({ order }: { order: Order }) {
  const t = useT();
  const f = useFormat();
  return (
    <ol aria-label={t('order.timeline.label')} className="flex flex-col gap-4 sm:flex-row sm:flex-wrap sm:gap-x-8">
      {orderTimeline(order).map((step) => (
        <li key={step.id} className="flex items-start gap-2" aria-current={step.state === 'current' ? 'step' : undefined}>
          <span
            aria-hidden="true"
            className={`mt-0.5 flex h-5 w-5 shrink-0 items-center justify-center rounded-full border-2 text-[0.65rem] font-bold ${marker[step.state].className}`}
          >
            {marker[step.state].icon}
          </span>
          <span className="text-sm">
            <span className={`block ${labelClass[step.state]}`}>
              <StepLabel step={step} />
            </span>
            {step.at && <Time iso={step.at} className="block text-xs text-muted" />}
            {step.until && (
              <span className="block text-xs text-muted">{t('order.step.until', { time: f.dateTime(step.until) })}</span>
            )}
            {step.reason && (
              <span className="mt-1 block max-w-xs text-xs text-bad" data-testid="failure-reason">
                {failureReasonText(step.reason, t)}
              </span>
            )}
          </span>
        </li>
      ))}
    </ol>
  );
}
