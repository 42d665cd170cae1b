import type { Messages } from '@lingui/core';
import type { Locale } from './locales';

/** Each language's compiled catalog is its own chunk, loaded when that language is first used. */
const loaders: Record<Locale, () => Promise<{ messages: Messages }>> = {
  en: () => import('@/locales/compiled/en'),
  id: () => import('@/locales/compiled/id'),
  ru: () => import('@/locales/compiled/ru'),
};

export async function loadMessages(locale: Locale): Promise<Messages> {
  return (await loaders[locale]()).messages;
}
