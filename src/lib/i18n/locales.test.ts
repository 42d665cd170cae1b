import { describe, expect, it } from 'vitest';
import { acceptedLanguages, matchLocale } from './locales';

describe('choosing the language', () => {
  it('takes the first preferred language we speak, by its primary subtag', () => {
    expect(matchLocale(['ru-RU', 'en-US'])).toBe('ru');
    expect(matchLocale(['de-DE', 'id-ID'])).toBe('id');
    expect(matchLocale(['in-ID'])).toBe('id');
    expect(matchLocale(['fr-FR', 'de'])).toBe('en');
    expect(matchLocale([])).toBe('en');
  });

  it('reads Accept-Language with its weights, ignoring wildcards and refusals', () => {
    expect(acceptedLanguages('en;q=0.5, ru-RU, id;q=0.9')).toEqual(['ru-RU', 'id', 'en']);
    expect(acceptedLanguages('*, ru;q=0')).toEqual([]);
    expect(acceptedLanguages(undefined)).toEqual([]);
    expect(matchLocale(acceptedLanguages('fr-CH, fr;q=0.9, id;q=0.8, *;q=0.5'))).toBe('id');
  });
});
