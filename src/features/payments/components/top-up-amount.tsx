import { Field, inputClass } from '@/components/ui/field';

interface TopUpAmountProps {
  value: string;
  error: string | null;
  onChange: (value: string) => void;
  onBlur: () => void;
}

export function TopUpAmount({ value, error, onChange, onBlur }: TopUpAmountProps) {
  return (
    <Field label="Top up amount (TON)" error={error ?? undefined}>
      {(control) => (
        <input
          {...control}
          className={`${inputClass} w-40 font-mono`}
          inputMode="decimal"
          placeholder="e.g. 25"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
        />
      )}
    </Field>
  );
}
