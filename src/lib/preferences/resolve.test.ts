import { describe, expect, it } from 'vitest';
import { preferencesFromRequest } from './resolve';
import { parseZoneCookie, serializeZoneChoice } from './time-zone';

describe('preferences the server renders with', () => {
  it('uses the kept choices first, then Accept-Language, and UTC until the browser has said its zone', () => {
    expect(preferencesFromRequest('om_locale=ru; om_tz=fixed%3AAsia%2FJakarta', 'id-ID')).toEqual({
      locale: 'ru',
      zoneChoice: { kind: 'fixed', zone: 'Asia/Jakarta' },
      timeZone: 'Asia/Jakarta',
    });
    expect(preferencesFromRequest('om_tz=browser%3AAmerica%2FLos_Angeles', 'id-ID,en;q=0.5')).toEqual({
      locale: 'id',
      zoneChoice: { kind: 'browser' },
      timeZone: 'America/Los_Angeles',
    });
    expect(preferencesFromRequest(undefined, undefined)).toEqual({
      locale: 'en',
      zoneChoice: { kind: 'browser' },
      timeZone: 'UTC',
    });
  });

  it('ignores a language or zone it does not know', () => {
    expect(preferencesFromRequest('om_locale=xx; om_tz=fixed%3ANot%2FAZone', null)).toMatchObject({
      locale: 'en',
      timeZone: 'UTC',
    });
    expect(parseZoneCookie('fixed:"><script>')).toBeNull();
    expect(parseZoneCookie('sometimes:UTC')).toBeNull();
  });

  it('round-trips the zone setting through its cookie form', () => {
    expect(parseZoneCookie(serializeZoneChoice({ kind: 'fixed', zone: 'UTC' }, 'Asia/Jakarta'))).toEqual({
      choice: { kind: 'fixed', zone: 'UTC' },
      zone: 'UTC',
    });
    expect(parseZoneCookie(serializeZoneChoice({ kind: 'browser' }, 'Asia/Jakarta'))).toEqual({
      choice: { kind: 'browser' },
      zone: 'Asia/Jakarta',
    });
  });
});
