import { Field, inputClass } from '@/components/ui/field';
import { useT } from '@/lib/i18n/use-t';
import { useFormat } from '@/lib/use-format';

const PRESETS = [50, 100, 500, 1000, 5000, 10000];

interface QuantityFieldProps {
  value: string;
  error: string | undefined;
  bounds: { min: number; max: number };
  onChange: (quantity: string) => void;
}

/** Stars quantity within the API's bounds, typed or picked from presets. */
export function QuantityField({ value, error, bounds: { min, max }, onChange }: QuantityFieldProps) {
  const t = useT();
  const f = useFormat();
  return (
    <Field
      label={t('newOrder.quantity.label')}
      error={error}
      hint={t('newOrder.quantity.hint', { min: f.integer(min), max: f.integer(max) })}
    >
      {(props) => (
        <div className="space-y-2">
          <input
            {...props}
            className={`${inputClass} w-40`}
            inputMode="numeric"
            value={value}
            // Group separators a partner may type ("10,000", "10 000", "10.000" in Indonesian) are not part of the number.
            onChange={(e) => onChange(e.target.value.replace(/[\s,.\u00a0\u202f]/g, ''))}
          />
          <div role="group" aria-label={t('newOrder.quantity.presets')} className="flex flex-wrap gap-2">
            {PRESETS.filter((n) => n >= min && n <= max).map((n) => (
              <button
                key={n}
                type="button"
                aria-pressed={value === String(n)}
                onClick={() => onChange(String(n))}
                className="rounded-full border border-line-strong bg-surface px-3 py-1 text-xs tabular-nums hover:bg-subtle aria-pressed:border-accent aria-pressed:bg-accent aria-pressed:text-on-accent"
              >
                {f.integer(n)}
              </button>
            ))}
          </div>
        </div>
      )}
    </Field>
  );
}
