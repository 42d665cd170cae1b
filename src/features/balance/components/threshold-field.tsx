import { useState } from 'react';
import { Field, inputClass } from '@/components/ui/field';
import { useT } from '@/lib/i18n/use-t';
import { parseThreshold, useThreshold } from '../threshold';

/** The unit's name is the same in every language. */
const TON = 'TON';

/** The low-balance alert level in TON; only an amount is kept ("abc" is refused with a reason). */
export function ThresholdField() {
  const t = useT();
  const [stored, save] = useThreshold();
  const [text, setText] = useState<string | null>(null); // null: show what is stored
  const [touched, setTouched] = useState(false);
  const shown = text ?? stored;
  const invalid = parseThreshold(shown) === null;
  return (
    <Field
      label={t('balance.threshold.label')}
      hint={t('balance.threshold.hint')}
      error={invalid && touched ? t('balance.threshold.invalid') : undefined}
    >
      {(props) => (
        <span className="flex items-center gap-2">
          <input
            {...props}
            className={`${inputClass} w-36 tabular-nums`}
            inputMode="decimal"
            autoComplete="off"
            placeholder={t('balance.threshold.placeholder')}
            value={shown}
            onBlur={() => setTouched(true)}
            onChange={(e) => {
              const value = e.target.value;
              setText(value);
              const parsed = parseThreshold(value);
              if (parsed !== null) save(parsed);
              else setTouched(/[^\d\s.,]/.test(value) || touched); // letters are wrong at once; "12." may still grow
            }}
          />
          <span aria-hidden="true" className="text-sm text-muted">
            {TON}
          </span>
        </span>
      )}
    </Field>
  );
}
