import { useMemo } from 'react';
import { useLocale } from '@/lib/i18n/use-t';
import { usePreferences } from '@/lib/preferences/preferences-context';
import { formatDateTime, formatInteger, formatPercent, formatTon, formatUsd, formatUtc } from './format';

/** The format helpers bound to the partner's language and time zone. */
export function useFormat() {
  const locale = useLocale();
  const { timeZone } = usePreferences();
  return useMemo(
    () => ({
      locale,
      timeZone,
      dateTime: (iso: string | null | undefined) => formatDateTime(iso, timeZone),
      utc: formatUtc,
      ton: (value: number | string) => formatTon(value, locale),
      integer: (value: number) => formatInteger(value, locale),
      usd: (value: number) => formatUsd(value, locale),
      percent: (ratio: number) => formatPercent(ratio, locale),
    }),
    [locale, timeZone],
  );
}
