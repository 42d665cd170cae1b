import type { Fee } from '@contract';
import { Field, inputClass } from '@/components/ui/field';
import { formatInteger } from '@/lib/format';

const PRESETS = [50, 100, 500, 1000, 5000, 10000];

interface QuantityFieldProps {
  value: string;
  error: string | undefined;
  fee: Fee | undefined;
  onChange: (quantity: string) => void;
}

/** Stars quantity within the API's bounds, typed or picked from presets. */
export function QuantityField({ value, error, fee, onChange }: QuantityFieldProps) {
  const min = fee?.stars.min_quantity ?? 50;
  const max = fee?.stars.max_quantity ?? 10000;
  return (
    <Field label="Quantity of Stars" error={error} hint={`Between ${formatInteger(min)} and ${formatInteger(max)} Stars.`}>
      {(props) => (
        <div className="space-y-2">
          <input
            {...props}
            className={`${inputClass} w-40`}
            inputMode="numeric"
            value={value}
            onChange={(e) => onChange(e.target.value.replace(/[\s,]/g, ''))}
          />
          <div role="group" aria-label="Quantity presets" className="flex flex-wrap gap-2">
            {PRESETS.filter((n) => n >= min && n <= max).map((n) => (
              <button
                key={n}
                type="button"
                aria-pressed={value === String(n)}
                onClick={() => onChange(String(n))}
                className="rounded-full border border-slate-300 px-3 py-1 text-xs aria-pressed:border-brand-600 aria-pressed:bg-brand-600 aria-pressed:text-white dark:border-slate-600"
              >
                {formatInteger(n)}
              </button>
            ))}
          </div>
        </div>
      )}
    </Field>
  );
}
