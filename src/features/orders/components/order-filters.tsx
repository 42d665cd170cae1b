import { orderStatuses } from '@contract';
import { type FormEvent, useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { statusLabel } from '@/lib/format';
import type { OrderListParams } from '../list-params';

type FilterValues = Pick<OrderListParams, 'status' | 'type' | 'from' | 'to' | 'recipient'>;

interface OrderFiltersProps {
  value: FilterValues;
  onChange: (next: FilterValues) => void;
}

const selectClass = `${inputClass} py-1.5`;

/** Selects and dates apply at once; the recipient applies on Enter or when the field is left. */
export function OrderFilters({ value, onChange }: OrderFiltersProps) {
  const [recipient, setRecipient] = useState(value.recipient ?? '');
  useEffect(() => setRecipient(value.recipient ?? ''), [value.recipient]);
  const set = (patch: Partial<FilterValues>) => onChange({ ...value, ...patch });
  const applyRecipient = (event?: FormEvent) => {
    event?.preventDefault();
    const next = recipient.trim().replace(/^@/, '') || undefined;
    if (next !== value.recipient) set({ recipient: next });
  };
  const active = Object.values(value).some(Boolean);
  return (
    <form onSubmit={applyRecipient} aria-label="Filter orders" className="flex flex-wrap items-end gap-3">
      <label className="flex flex-col gap-1 text-sm">
        Status
        <select className={selectClass} value={value.status ?? ''} onChange={(e) => set({ status: e.target.value || undefined })}>
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
        <select className={selectClass} value={value.type ?? ''} onChange={(e) => set({ type: e.target.value || undefined })}>
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
      {active && (
        <Button variant="ghost" onClick={() => onChange({})}>
          Clear filters
        </Button>
      )}
    </form>
  );
}
