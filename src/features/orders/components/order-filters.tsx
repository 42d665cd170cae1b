import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { useStatusLabel } from '@/lib/i18n/use-status-label';
import { type Translate, useT } from '@/lib/i18n/use-t';
import { FilterForm, type FilterValues } from './filter-form';

/** ["status Paid", "from 2026-04-01", "recipient @alice"]: what a collapsed panel is filtering by. */
function describeFilters(value: FilterValues, t: Translate, statusLabel: (status: string) => string): string[] {
  const parts: string[] = [];
  if (value.status) parts.push(t('orders.chip.status', { status: statusLabel(value.status) }));
  if (value.type) parts.push(t(value.type === 'stars' ? 'orders.chip.starsOnly' : 'orders.chip.premiumOnly'));
  if (value.from) parts.push(t('orders.chip.from', { day: value.from }));
  if (value.to) parts.push(t('orders.chip.to', { day: value.to }));
  if (value.recipient) parts.push(t('orders.chip.recipient', { name: value.recipient }));
  return parts;
}

/**
 * The filters sit behind one "Filters" button: the list itself comes first on a plain visit (most visits
 * do not filter), and the panel opens by itself when the URL carries filters, so a shared or reloaded
 * link shows what it filters by. Closed, the active filters show as chips.
 */
export function OrderFilters({ value, onChange }: { value: FilterValues; onChange: (next: FilterValues) => void }) {
  const t = useT();
  const statusLabel = useStatusLabel();
  const active = describeFilters(value, t, statusLabel);
  const [open, setOpen] = useState(active.length > 0);
  const panelId = useId();
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <Button
          variant="secondary"
          aria-expanded={open}
          aria-controls={open ? panelId : undefined}
          onClick={() => setOpen(!open)}
        >
          {active.length > 0 ? t('orders.filters.buttonCount', { count: String(active.length) }) : t('orders.filters.button')}
        </Button>
        {!open && active.length > 0 && (
          <ul aria-label={t('orders.filters.active')} className="flex flex-wrap gap-1.5">
            {active.map((part) => (
              <li key={part} className="rounded-full bg-accent-soft px-2.5 py-0.5 text-xs font-medium text-ink">
                {part}
              </li>
            ))}
          </ul>
        )}
        {active.length > 0 && (
          <Button variant="ghost" onClick={() => onChange({})}>
            {t('orders.filters.clear')}
          </Button>
        )}
      </div>
      {open && <FilterForm id={panelId} value={value} onChange={onChange} />}
    </div>
  );
}
