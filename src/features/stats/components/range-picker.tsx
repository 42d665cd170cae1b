import { Button } from '@/components/ui/button';
import { useT } from '@/lib/i18n/use-t';
import { PRESETS, type StatsRange } from '../range';
import { CustomRangeForm } from './custom-range-form';

export type RangeChange = { days: number } | { from: string; to: string };

/** 7/30/90-day presets ending on the partner's local today, or a custom range of inclusive local days. */
export function RangePicker({ range, onChange }: { range: StatsRange; onChange: (next: RangeChange) => void }) {
  const t = useT();
  return (
    <div className="flex flex-wrap items-end gap-x-4 gap-y-3">
      <div role="group" aria-label={t('stats.range.label')} className="flex gap-1">
        {PRESETS.map((days) => {
          const active = range.kind === 'preset' && range.days === days;
          return (
            <Button
              key={days}
              variant={active ? 'primary' : 'secondary'}
              aria-pressed={active}
              onClick={() => onChange({ days })}
            >
              {t('stats.range.preset', { days })}
            </Button>
          );
        })}
      </div>
      {/* Keyed by the shown range: a preset or a link resets what was typed. */}
      <CustomRangeForm key={`${range.from}_${range.to}`} range={range} onApply={onChange} />
    </div>
  );
}
