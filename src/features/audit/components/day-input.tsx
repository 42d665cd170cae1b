import { Field, inputClass } from '@/components/ui/field';
import { useT } from '@/lib/i18n/use-t';

interface DayInputProps {
  label: string;
  value: string;
  onChange: (text: string) => void;
  /** The line both day fields share ("Days in Asia/Jakarta"). */
  hintId: string;
  error?: string;
}

/** A day typed as `YYYY-MM-DD` (or `20260416` from a phone's number pad), read when the form is applied. */
export function DayInput({ label, value, onChange, hintId, error }: DayInputProps) {
  const t = useT();
  return (
    <Field label={label} error={error}>
      {(props) => (
        <input
          {...props}
          aria-describedby={[hintId, props['aria-describedby']].filter(Boolean).join(' ')}
          className={`${inputClass} w-36 py-1.5 tabular-nums`}
          inputMode="numeric"
          autoComplete="off"
          placeholder={t('audit.filters.dayPlaceholder')}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
