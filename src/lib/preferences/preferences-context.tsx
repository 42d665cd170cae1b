import type { I18n } from '@lingui/core';
import { I18nProvider } from '@lingui/react';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { loadMessages } from '@/lib/i18n/catalogs';
import type { Locale } from '@/lib/i18n/locales';
import { LOCALE_COOKIE, writeCookie, ZONE_COOKIE } from './cookies';
import type { Preferences } from './resolve';
import { browserTimeZone, serializeZoneChoice, type ZoneChoice } from './time-zone';

interface PreferencesValue extends Preferences {
  setLocale: (locale: Locale) => Promise<void>;
  setZoneChoice: (choice: ZoneChoice) => void;
}

const PreferencesContext = createContext<PreferencesValue | null>(null);

/**
 * Language and time zone, kept in this browser (cookies the server reads for its first render). Starts
 * from what the server rendered with, so hydration matches, then follows the browser's own zone.
 */
export function PreferencesProvider({ i18n, initial, children }: { i18n: I18n; initial: Preferences; children: ReactNode }) {
  const [prefs, setPrefs] = useState(initial);

  useEffect(() => {
    document.documentElement.lang = prefs.locale;
  }, [prefs.locale]);

  useEffect(() => {
    const zone = prefs.zoneChoice.kind === 'fixed' ? prefs.zoneChoice.zone : browserTimeZone();
    writeCookie(ZONE_COOKIE, serializeZoneChoice(prefs.zoneChoice, browserTimeZone()));
    if (zone !== prefs.timeZone) setPrefs((old) => ({ ...old, timeZone: zone }));
  }, [prefs.zoneChoice, prefs.timeZone]);

  const setLocale = useCallback(
    async (locale: Locale) => {
      const messages = await loadMessages(locale);
      i18n.loadAndActivate({ locale, messages });
      writeCookie(LOCALE_COOKIE, locale);
      setPrefs((old) => ({ ...old, locale }));
    },
    [i18n],
  );
  const setZoneChoice = useCallback((zoneChoice: ZoneChoice) => setPrefs((old) => ({ ...old, zoneChoice })), []);
  const value = useMemo(() => ({ ...prefs, setLocale, setZoneChoice }), [prefs, setLocale, setZoneChoice]);
  return (
    <PreferencesContext.Provider value={value}>
      <I18nProvider i18n={i18n}>{children}</I18nProvider>
    </PreferencesContext.Provider>
  );
}

export function usePreferences(): PreferencesValue {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error('usePreferences needs a PreferencesProvider');
  return value;
}
