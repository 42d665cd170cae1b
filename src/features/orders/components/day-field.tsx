import { useEffect, useState } from 'react';
import { Field, inputClass } from '@/components/ui/field';
import { useT } from '@/lib/i18n/use-t';
import { readDay } from '@/lib/read-day';

interface DayFieldProps {
  label: string;
  value: string | undefined;
  onDay: (day: string | undefined) => void;
  /** The other end of the range, which this day may not pass. */
  notAfter?: string;
  notBefore?: string;
  /** The id of the hint both day fields share ("Days in Asia/Jakarta"). */
  hintId: string;
}

/**
 * A day typed as `YYYY-MM-DD` (the form tables show), a day of the partner's time zone. It applies on
 * Enter or when left; something that is not a day stays in the box with its error, the URL untouched.
 */
export function DayField({ label, value, onDay, notAfter, notBefore, hintId }: DayFieldProps) {
  const t = useT();
  const [text, setText] = useState(value ?? '');
  const [error, setError] = useState<string>();
  useEffect(() => {
    setText(value ?? '');
    setError(undefined);
  }, [value]);
  const apply = () => {
    const day = readDay(text);
    const outside = day && ((notAfter && day > notAfter) || (notBefore && day < notBefore));
    if (day === null || outside) {
      setError(t(day === null ? 'orders.filters.dayInvalid' : 'orders.filters.rangeInvalid'));
      return;
    }
    setError(undefined);
    setText(day ?? '');
    if (day !== value) onDay(day);
  };
  return (
    <Field label={label} error={error}>
      {(props) => (
        <input
          {...props}
          aria-describedby={[hintId, props['aria-describedby']].filter(Boolean).join(' ')}
          className={`${inputClass} w-36 py-1.5 tabular-nums`}
          inputMode="numeric"
          pattern="\d{4}-?\d{2}-?\d{2}"
          placeholder={t('orders.filters.dayPlaceholder')}
          autoComplete="off"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onBlur={apply}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            apply();
          }}
        />
      )}
    </Field>
  );
}
