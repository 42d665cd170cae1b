import { useId } from 'react';
import { useT } from '@/lib/i18n/use-t';
import { useFormat } from '@/lib/use-format';
import type { OrderListParams } from '../list-params';
import { DayField } from './day-field';

type Range = Pick<OrderListParams, 'from' | 'to'>;

/** The two day fields side by side, with one line saying whose days they are. */
export function DayRange({ value, onChange }: { value: Range; onChange: (patch: Range) => void }) {
  const t = useT();
  const { timeZone } = useFormat();
  const hintId = useId();
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-start gap-3">
        <DayField
          label={t('orders.filters.from')}
          value={value.from}
          onDay={(from) => onChange({ from })}
          notAfter={value.to}
          hintId={hintId}
        />
        <DayField
          label={t('orders.filters.to')}
          value={value.to}
          onDay={(to) => onChange({ to })}
          notBefore={value.from}
          hintId={hintId}
        />
      </div>
      <p id={hintId} className="text-xs text-muted">
        {t('orders.filters.zoneHint', { zone: timeZone })}
      </p>
    </div>
  );
}
