import { useId } from 'react';
import { isLocale, LOCALE_NAMES, LOCALES } from '@/lib/i18n/locales';
import { useT } from '@/lib/i18n/use-t';
import { usePreferences } from '@/lib/preferences/preferences-context';

/** The language switcher: each language in its own name; the choice is kept in this browser. */
export function LanguageSelect({ className = '' }: { className?: string }) {
  const t = useT();
  const id = useId();
  const { locale, setLocale } = usePreferences();
  return (
    <span className={`inline-flex items-center gap-2 text-sm ${className}`}>
      <label htmlFor={id} className="text-muted">
        {t('app.settings.language')}
      </label>
      <select
        id={id}
        value={locale}
        onChange={(event) => {
          if (isLocale(event.target.value)) void setLocale(event.target.value);
        }}
        className="rounded-md border border-line-strong bg-surface px-2 py-1"
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
    </span>
  );
}
