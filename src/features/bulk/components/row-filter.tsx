import { useId } from 'react';

interface RowFilterProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}

/** A short row of toggle buttons choosing which rows a table shows (one pressed at a time). */
export function RowFilter<T extends string>({ label, value, options, onChange }: RowFilterProps<T>) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id} className="flex flex-wrap items-center gap-2 text-sm">
      <span id={id} className="text-muted">
        {label}
      </span>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={option.value === value}
          onClick={() => onChange(option.value)}
          className="rounded-full border border-line-strong px-3 py-1 aria-pressed:border-accent aria-pressed:bg-accent-soft aria-pressed:font-medium aria-pressed:text-accent"
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
