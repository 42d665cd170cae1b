import { type ReactNode, useId } from 'react';

export interface RadioOption<T extends string | number> {
  value: T;
  label: ReactNode;
}

interface RadioGroupProps<T extends string | number> {
  legend: string;
  name: string;
  options: readonly RadioOption<T>[];
  value: T | undefined;
  onChange: (value: T) => void;
  error?: string;
  /** Layout of the option cards (a row by default). */
  className?: string;
  /** Shown under the options, e.g. a warning about the choice. */
  children?: ReactNode;
}

// Neutral line for every option; the chosen one stands out by the accent border, ring and soft fill (both themes).
const card =
  'flex cursor-pointer items-center gap-2 rounded-md border border-line bg-surface px-3 py-2 text-sm hover:bg-subtle has-[:checked]:border-accent has-[:checked]:bg-accent-soft has-[:checked]:ring-1 has-[:checked]:ring-accent has-[:checked]:font-medium has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent';

/**
 * A set of option cards built on native radios in a fieldset: the legend names the group, arrow keys move
 * between options as browsers do for radios, and the focused card shows it.
 */
export function RadioGroup<T extends string | number>(props: RadioGroupProps<T>) {
  const { legend, name, options, value, onChange, error, className = 'flex flex-wrap gap-2', children } = props;
  const errorId = useId();
  return (
    <fieldset className={className} aria-describedby={error ? errorId : undefined}>
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className={card}>
          <input
            type="radio"
            className="accent-accent"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
      {children}
      {error && (
        <p id={errorId} className="w-full text-sm text-bad">
          {error}
        </p>
      )}
    </fieldset>
  );
}
