import { type FormEvent, useEffect, useState } from 'react';
import { Field, inputClass } from '@/components/ui/field';
import { useStatusLabel } from '@/lib/i18n/use-status-label';
import { useT } from '@/lib/i18n/use-t';
import { filterStatuses, type OrderListParams, pickStatus, pickType } from '../list-params';
import { DayRange } from './day-range';

export type FilterValues = Pick<OrderListParams, 'status' | 'type' | 'from' | 'to' | 'recipient'>;

const selectClass = `${inputClass} py-1.5`;

interface FilterFormProps {
  id: string;
  value: FilterValues;
  onChange: (next: FilterValues) => void;
}

/** Selects apply at once; days and the recipient apply on Enter or when the field is left. */
export function FilterForm({ id, value, onChange }: FilterFormProps) {
  const t = useT();
  const statusLabel = useStatusLabel();
  const [recipient, setRecipient] = useState(value.recipient ?? '');
  useEffect(() => setRecipient(value.recipient ?? ''), [value.recipient]);
  const set = (patch: Partial<FilterValues>) => onChange({ ...value, ...patch });
  const applyRecipient = (event?: FormEvent) => {
    event?.preventDefault();
    const next = recipient.trim().replace(/^@/, '') || undefined;
    if (next !== value.recipient) set({ recipient: next });
  };
  // A status only the URL can still ask for (`failed`) stays selectable while it is the one selected.
  const statuses = value.status && !filterStatuses.includes(value.status) ? [...filterStatuses, value.status] : filterStatuses;
  return (
    <form
      id={id}
      noValidate
      onSubmit={applyRecipient}
      aria-label={t('orders.filters.form')}
      className="flex flex-wrap items-start gap-3"
    >
      <Field label={t('orders.filters.status')}>
        {(props) => (
          <select
            {...props}
            className={selectClass}
            value={value.status ?? ''}
            onChange={(e) => set({ status: pickStatus(e.target.value) })}
          >
            <option value="">{t('orders.filters.anyStatus')}</option>
            {statuses.map((status) => (
              <option key={status} value={status}>
                {statusLabel(status)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('orders.filters.type')}>
        {(props) => (
          <select
            {...props}
            className={selectClass}
            value={value.type ?? ''}
            onChange={(e) => set({ type: pickType(e.target.value) })}
          >
            <option value="">{t('orders.filters.anyType')}</option>
            <option value="stars">{t('common.type.stars')}</option>
            <option value="premium">{t('common.type.premium')}</option>
          </select>
        )}
      </Field>
      <DayRange value={value} onChange={set} />
      <Field label={t('orders.filters.recipient')}>
        {(props) => (
          <input
            {...props}
            className={`${selectClass} w-44`}
            value={recipient}
            placeholder={t('orders.filters.recipientPlaceholder')}
            onChange={(e) => setRecipient(e.target.value)}
            onBlur={() => applyRecipient()}
            // With several text fields and no submit button, Enter does not submit the form by itself.
            onKeyDown={(e) => e.key === 'Enter' && applyRecipient(e)}
          />
        )}
      </Field>
    </form>
  );
}
