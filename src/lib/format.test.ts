import { describe, expect, it } from 'vitest';
import { dayBoundary, dayIn, formatDateTime, formatInteger, formatTon, formatUtc, zoneLabel } from './format';

describe('formatTon', () => {
  it('shows API numbers exactly, grouped, without float artefacts', () => {
    expect(formatTon(0.418)).toBe('0.418');
    expect(formatTon(20.9)).toBe('20.9');
    expect(formatTon(1234567.123456789)).toBe('1,234,567.123456789');
    expect(formatTon(0.1 + 0.2)).toBe('0.30000000000000004'); // more than 9 decimals: shown as sent, never rounded
    expect(formatTon(1e-7)).toBe('0.0000001');
    expect(formatTon(12)).toBe('12');
    expect(formatTon(-1.5)).toBe('−1.5');
  });

  it('normalises decimal text the same way as the money helpers', () => {
    expect(formatTon('0.4180')).toBe('0.418');
    expect(formatTon('007.50')).toBe('7.5');
    expect(formatTon('-0')).toBe('0');
    expect(formatTon(' 1000 ')).toBe('1,000');
    expect(formatTon('1.0000000001')).toBe('1.0000000001');
    expect(formatTon('abc')).toBe('abc');
  });

  it("uses the language's grouping and decimal marks, still exact", () => {
    expect(formatTon('1234567.123456789', 'id')).toBe('1.234.567,123456789');
    expect(formatTon('1234567.5', 'ru')).toBe('1\u00a0234\u00a0567,5');
    expect(formatTon(1000000, 'en')).toBe('1,000,000');
  });
});

describe('times in the partner zone', () => {
  it('shows ISO-like minutes in the zone, the exact UTC instant apart', () => {
    expect(formatDateTime('2026-04-16T12:00:59Z', 'UTC')).toBe('2026-04-16 12:00');
    expect(formatDateTime('2026-04-16T12:00:59Z', 'Asia/Jakarta')).toBe('2026-04-16 19:00');
    // 22:36 in Los Angeles is still "today" there, although UTC has moved on to the 17th
    expect(formatDateTime('2026-04-17T05:36:00Z', 'America/Los_Angeles')).toBe('2026-04-16 22:36');
    expect(formatDateTime('2026-04-16T14:30:00+02:00', 'UTC')).toBe('2026-04-16 12:30');
    expect(formatDateTime(null, 'UTC')).toBe('—');
    expect(formatDateTime('soon', 'UTC')).toBe('soon');
    expect(formatUtc('2026-04-16T12:00:59.123Z')).toBe('2026-04-16 12:00:59 UTC');
  });

  it('turns a local day into the UTC instants the API filters by, across daylight saving', () => {
    expect(dayBoundary('2026-04-16', 'Asia/Jakarta')).toBe('2026-04-15T17:00:00Z');
    expect(dayBoundary('2026-04-16', 'Asia/Jakarta', 'end')).toBe('2026-04-16T16:59:59Z');
    expect(dayBoundary('2026-01-15', 'America/Los_Angeles')).toBe('2026-01-15T08:00:00Z');
    expect(dayBoundary('2026-07-15', 'America/Los_Angeles')).toBe('2026-07-15T07:00:00Z');
    // 2026-03-08: Los Angeles springs forward at 02:00; the day still starts at local midnight (PST)
    expect(dayBoundary('2026-03-08', 'America/Los_Angeles')).toBe('2026-03-08T08:00:00Z');
    expect(dayBoundary('2026-03-08', 'America/Los_Angeles', 'end')).toBe('2026-03-09T06:59:59Z');
    expect(dayBoundary('2026-04-16', 'UTC', 'end')).toBe('2026-04-16T23:59:59Z');
    expect(dayIn(Date.parse('2026-04-17T05:36:00Z'), 'America/Los_Angeles')).toBe('2026-04-16');
  });

  it('names the zone by its offset', () => {
    expect(zoneLabel('Asia/Jakarta', Date.parse('2026-04-16T00:00:00Z'))).toBe('GMT+7');
    expect(zoneLabel('America/Los_Angeles', Date.parse('2026-07-01T00:00:00Z'))).toBe('GMT−7');
    expect(zoneLabel('Asia/Kolkata', Date.parse('2026-07-01T00:00:00Z'))).toBe('GMT+5:30');
    expect(zoneLabel('UTC', 0)).toBe('UTC');
  });
});

describe('formatInteger', () => {
  it('groups thousands in the language', () => {
    expect(formatInteger(10000)).toBe('10,000');
    expect(formatInteger(50)).toBe('50');
    expect(formatInteger(10000, 'id')).toBe('10.000');
  });
});
