import { useLingui } from '@lingui/react';
import { useCallback } from 'react';
import type { MessageId } from '@/locales/compiled/message-id';

export type MessageValues = Record<string, string | number | bigint | null | undefined>;
/** Translates a catalog message (ICU: `{count, plural, one {…} few {…} other {…}}`) in the active language. */
export type Translate = (id: MessageId, values?: MessageValues) => string;

export function useT(): Translate {
  const { i18n } = useLingui();
  return useCallback((id, values) => i18n._(id, values), [i18n]);
}

/** The active language's code (`en`, `id`, `ru`) for Intl formatting. */
export function useLocale(): string {
  return useLingui().i18n.locale;
}
