import { type Messages, setupI18n } from '@lingui/core';
import type { Locale } from './locales';

/** One i18n instance per browser tab, and one per server render (renders of different languages never share one). */
export function createI18n(locale: Locale, messages: Messages) {
  return setupI18n({ locale, messages: { [locale]: messages } });
}
