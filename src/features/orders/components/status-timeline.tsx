import type { Order } from '@contract';
import { Time } from '@/components/ui/time';
import { orderTimeline } from '../timeline';

const dot = {
  done: 'bg-emerald-500 border-emerald-500',
  current: 'bg-white border-brand-500 ring-2 ring-brand-500 dark:bg-slate-900',
  upcoming: 'bg-white border-slate-300 dark:bg-slate-900 dark:border-slate-600',
  stopped: 'bg-red-500 border-red-500',
};

export function StatusTimeline({ order }: { order: Order }) {
  return (
    <ol aria-label="Status timeline" className="flex flex-col gap-3 sm:flex-row sm:gap-6">
      {orderTimeline(order).map((step) => (
        <li key={step.label} className="flex items-start gap-2" aria-current={step.state === 'current' ? 'step' : undefined}>
          <span aria-hidden="true" className={`mt-1 h-3 w-3 shrink-0 rounded-full border-2 ${dot[step.state]}`} />
          <span className="text-sm">
            <span className={step.state === 'upcoming' ? 'text-slate-500 dark:text-slate-400' : 'font-medium'}>{step.label}</span>
            {step.at && (
              <span className="block text-xs text-slate-600 dark:text-slate-400">
                <Time iso={step.at} />
              </span>
            )}
          </span>
        </li>
      ))}
    </ol>
  );
}
