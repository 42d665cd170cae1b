import type { ReactNode } from 'react';
import { createI18n } from '@/lib/i18n/create-i18n';
import { PreferencesProvider } from '@/lib/preferences/preferences-context';
import { messages } from '@/locales/compiled/en';

/** Tests read the English catalog in UTC, as a partner with those settings would. */
export function TestPreferences({ children, timeZone = 'UTC' }: { children: ReactNode; timeZone?: string }) {
  return (
    <PreferencesProvider
      i18n={createI18n('en', messages)}
      initial={{ locale: 'en', zoneChoice: { kind: 'fixed', zone: timeZone }, timeZone }}
    >
      {children}
    </PreferencesProvider>
  );
}
