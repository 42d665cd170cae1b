import { acceptedLanguages, isLocale, type Locale, matchLocale } from '@/lib/i18n/locales';
import { LOCALE_COOKIE, readCookie, ZONE_COOKIE } from './cookies';
import { parseZoneCookie, UTC, type ZoneChoice } from './time-zone';

export interface Preferences {
  locale: Locale;
  zoneChoice: ZoneChoice;
  /** The zone times are shown in now. */
  timeZone: string;
}

/**
 * What the server's first render uses: the language and zone cookies the browser keeps, else its
 * Accept-Language and UTC (the browser then moves to its own zone once it runs).
 */
export function preferencesFromRequest(
  cookieHeader: string | null | undefined,
  acceptLanguage: string | null | undefined,
): Preferences {
  const chosen = readCookie(cookieHeader, LOCALE_COOKIE);
  const zone = parseZoneCookie(readCookie(cookieHeader, ZONE_COOKIE));
  return {
    locale: isLocale(chosen) ? chosen : matchLocale(acceptedLanguages(acceptLanguage)),
    zoneChoice: zone?.choice ?? { kind: 'browser' },
    timeZone: zone?.zone ?? UTC,
  };
}

/** The browser's start: a server-rendered page says what it used (so hydration matches); else cookies and the browser. */
export function preferencesFromDocument(doc: Document, nav: Navigator, browserZone: string): Preferences {
  const fromCookies = preferencesFromRequest(doc.cookie, null);
  const root = doc.documentElement;
  const rendered = root.dataset.timeZone;
  if (rendered && isLocale(root.lang)) return { locale: root.lang, zoneChoice: fromCookies.zoneChoice, timeZone: rendered };
  const chosen = readCookie(doc.cookie, LOCALE_COOKIE);
  return {
    locale: isLocale(chosen) ? chosen : matchLocale(nav.languages.length ? nav.languages : [nav.language]),
    zoneChoice: fromCookies.zoneChoice,
    timeZone: fromCookies.zoneChoice.kind === 'fixed' ? fromCookies.zoneChoice.zone : browserZone,
  };
}
