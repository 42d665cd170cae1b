import { useId, useMemo } from 'react';
import { useT } from '@/lib/i18n/use-t';
import { usePreferences } from '@/lib/preferences/preferences-context';
import { browserTimeZone, knownTimeZones } from '@/lib/preferences/time-zone';

const BROWSER = '';

/** Times follow this device's zone by default; any zone (UTC included) can be chosen instead. */
export function TimeZoneSelect() {
  const t = useT();
  const id = useId();
  const { zoneChoice, setZoneChoice } = usePreferences();
  const zones = useMemo(knownTimeZones, []);
  return (
    <span className="flex flex-col gap-1 text-sm">
      <label htmlFor={id} className="font-medium">
        {t('app.settings.timeZone')}
      </label>
      <select
        id={id}
        value={zoneChoice.kind === 'fixed' ? zoneChoice.zone : BROWSER}
        onChange={(event) => {
          const zone = event.target.value;
          setZoneChoice(zone === BROWSER ? { kind: 'browser' } : { kind: 'fixed', zone });
        }}
        className="rounded-md border border-line-strong bg-surface px-2 py-1.5"
      >
        <option value={BROWSER}>{t('app.settings.browserZone', { zone: browserTimeZone() })}</option>
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replace(/_/g, ' ')}
          </option>
        ))}
      </select>
    </span>
  );
}
