import { orderStatuses } from '@contract';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { useStatusLabel } from '@/lib/i18n/use-status-label';
import { type OrderListParams, pickStatus, pickType } from '../list-params';

type FilterValues = Pick<OrderListParams, 'status' | 'type' | 'from' | 'to' | 'recipient'>;

interface OrderFiltersProps {
  value: FilterValues;
  onChange: (next: FilterValues) => void;
}

const selectClass = `${inputClass} py-1.5`;

/** "status paid · from 2026-04-01 · recipient @alice": what a collapsed panel is filtering by. */
export function describeFilters(value: FilterValues, statusLabel: (status: string) => string): string[] {
  const parts: string[] = [];
  if (value.status) parts.push(`status ${statusLabel(value.status)}`);
  if (value.type) parts.push(value.type === 'stars' ? 'Stars only' : 'Premium only');
  if (value.from) parts.push(`from ${value.from}`);
  if (value.to) parts.push(`to ${value.to}`);
  if (value.recipient) parts.push(`recipient @${value.recipient}`);
  return parts;
}

/**
 * The filters sit behind one "Filters" button: the list itself comes first on a plain visit (date
 * inputs and selects are costly for the browser to build, and most visits do not filter), and the panel
 * opens by itself when the URL carries filters, so a shared or reloaded link shows what it filters by.
 */
export function OrderFilters({ value, onChange }: OrderFiltersProps) {
  const statusLabel = useStatusLabel();
  const active = describeFilters(value, statusLabel);
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
          {active.length > 0 ? `Filters (${active.length})` : 'Filters'}
        </Button>
        {!open && active.length > 0 && <p className="text-sm text-slate-600 dark:text-slate-300">{active.join(' · ')}</p>}
        {active.length > 0 && (
          <Button variant="ghost" onClick={() => onChange({})}>
            Clear filters
          </Button>
        )}
      </div>
      {open && <FilterForm id={panelId} value={value} onChange={onChange} />}
    </div>
  );
}

/** Selects and dates apply at once; the recipient applies on Enter or when the field is left. */
function FilterForm({ id, value, onChange }: OrderFiltersProps & { id: string }) {
  const statusLabel = useStatusLabel();
  const [recipient, setRecipient] = useState(value.recipient ?? '');
  useEffect(() => setRecipient(value.recipient ?? ''), [value.recipient]);
  const set = (patch: Partial<FilterValues>) => onChange({ ...value, ...patch });
  const applyRecipient = (event?: FormEvent) => {
    event?.preventDefault();
    const next = recipient.trim().replace(/^@/, '') || undefined;
    if (next !== value.recipient) set({ recipient: next });
  };
  return (
    <form id={id} onSubmit={applyRecipient} aria-label="Filter orders" className="flex flex-wrap items-end gap-3">
      <label className="flex flex-col gap-1 text-sm">
        Status
        <select className={selectClass} value={value.status ?? ''} onChange={(e) => set({ status: pickStatus(e.target.value) })}>
          <option value="">Any status</option>
          {orderStatuses.map((status) => (
            <option key={status} value={status}>
              {statusLabel(status)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm">
        Type
        <select className={selectClass} value={value.type ?? ''} onChange={(e) => set({ type: pickType(e.target.value) })}>
          <option value="">Stars and Premium</option>
          <option value="stars">Stars</option>
          <option value="premium">Premium</option>
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm">
        Created from
        <input
          type="date"
          className={selectClass}
          value={value.from ?? ''}
          max={value.to}
          onChange={(e) => set({ from: e.target.value || undefined })}
        />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        Created to
        <input
          type="date"
          className={selectClass}
          value={value.to ?? ''}
          min={value.from}
          onChange={(e) => set({ to: e.target.value || undefined })}
        />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        Recipient
        <input
          className={selectClass}
          value={recipient}
          placeholder="@username"
          onChange={(e) => setRecipient(e.target.value)}
          onBlur={() => applyRecipient()}
        />
      </label>
    </form>
  );
}
