import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { zoneLabel } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';
import { useFormat } from '@/lib/use-format';
import { rangeProblem, type StatsRange } from '../range';

const inputClass =
  'w-32 rounded-md border border-line-strong bg-surface px-2 py-2 text-sm tabular-nums text-ink aria-[invalid=true]:border-bad';

/** Two days typed as `YYYY-MM-DD` (the same form as every table), checked before they reach the URL. */
export function CustomRangeForm({
  range,
  onApply,
}: {
  range: StatsRange;
  onApply: (next: { from: string; to: string }) => void;
}) {
  const t = useT();
  const f = useFormat();
  const id = useId();
  const [from, setFrom] = useState(range.from);
  const [to, setTo] = useState(range.to);
  const [submitted, setSubmitted] = useState(false);
  const problem = submitted ? rangeProblem(from.trim(), to.trim()) : null;
  const describedBy = `${id}-hint${problem ? ` ${id}-error` : ''}`;
  const field = (name: 'from' | 'to', value: string, set: (v: string) => void) => (
    <label className="flex flex-col gap-1 text-sm">
      {t(name === 'from' ? 'stats.range.from' : 'stats.range.to')}
      <input
        className={inputClass}
        value={value}
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('stats.range.format')}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => set(e.target.value)}
      />
    </label>
  );
  return (
    <form
      aria-label={t('stats.range.custom')}
      className="flex flex-col gap-1"
      onSubmit={(e) => {
        e.preventDefault();
        setSubmitted(true);
        if (!rangeProblem(from.trim(), to.trim())) onApply({ from: from.trim(), to: to.trim() });
      }}
    >
      <div className="flex flex-wrap items-end gap-2">
        {field('from', from, setFrom)}
        {field('to', to, setTo)}
        <Button type="submit" variant="secondary">
          {t('stats.range.apply')}
        </Button>
      </div>
      <p id={`${id}-hint`} className="text-xs text-muted">
        {t('stats.range.zone', { zone: f.timeZone === 'UTC' ? 'UTC' : `${f.timeZone} (${zoneLabel(f.timeZone, Date.now())})` })}
      </p>
      {problem && (
        <p id={`${id}-error`} role="alert" className="text-sm text-bad">
          {t(problem)}
        </p>
      )}
    </form>
  );
}
