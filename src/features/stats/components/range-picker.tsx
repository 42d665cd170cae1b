import { Button } from '@/components/ui/button';
import { PRESETS, type StatsRange } from '../range';

const dateClass = 'rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900';

/** 7/30/90-day presets or a custom range of inclusive days. */
export function RangePicker({
  range,
  onChange,
}: {
  range: StatsRange;
  onChange: (next: { days: number } | { from: string; to: string }) => void;
}) {
  return (
    <div className="flex flex-wrap items-end gap-2">
      <div role="group" aria-label="Range" className="flex gap-1">
        {PRESETS.map((days) => (
          <Button
            key={days}
            variant={range.kind === 'preset' && range.days === days ? 'primary' : 'secondary'}
            aria-pressed={range.kind === 'preset' && range.days === days}
            onClick={() => onChange({ days })}
          >
            {days} days
          </Button>
        ))}
      </div>
      <label className="flex flex-col gap-1 text-sm">
        From
        <input
          type="date"
          className={dateClass}
          value={range.from}
          max={range.to}
          onChange={(e) => e.target.value && onChange({ from: e.target.value, to: range.to })}
        />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        To
        <input
          type="date"
          className={dateClass}
          value={range.to}
          min={range.from}
          onChange={(e) => e.target.value && onChange({ from: range.from, to: e.target.value })}
        />
      </label>
    </div>
  );
}
