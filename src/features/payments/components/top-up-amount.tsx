import { Field, inputClass } from '@/components/ui/field';
import { useT } from '@/lib/i18n/use-t';

interface TopUpAmountProps {
  value: string;
  error: string | null;
  onChange: (value: string) => void;
  onBlur: () => void;
}

export function TopUpAmount({ value, error, onChange, onBlur }: TopUpAmountProps) {
  const t = useT();
  return (
    <Field label={t('payments.topUp.label')} error={error ?? undefined}>
      {(control) => (
        <input
          {...control}
          className={`${inputClass} w-40 font-mono`}
          inputMode="decimal"
          placeholder={t('payments.topUp.placeholder')}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
        />
      )}
    </Field>
  );
}
