import { describe, expect, it } from 'vitest';
import { formatDateTime, formatInteger, formatTon } from './format';

describe('formatTon', () => {
  it('shows API numbers exactly, grouped, without float artefacts', () => {
    expect(formatTon(0.418)).toBe('0.418');
    expect(formatTon(20.9)).toBe('20.9');
    expect(formatTon(1234567.123456789)).toBe('1,234,567.123456789');
    expect(formatTon(0.1 + 0.2)).toBe('0.30000000000000004'); // more than 9 decimals: shown as sent, never rounded
    expect(formatTon(1e-7)).toBe('0.0000001');
    expect(formatTon(12)).toBe('12');
    expect(formatTon(-1.5)).toBe('-1.5');
  });

  it('normalises decimal text the same way as the money helpers', () => {
    expect(formatTon('0.4180')).toBe('0.418');
    expect(formatTon('007.50')).toBe('7.5');
    expect(formatTon('-0')).toBe('0');
    expect(formatTon(' 1000 ')).toBe('1,000');
    expect(formatTon('1.0000000001')).toBe('1.0000000001');
    expect(formatTon('abc')).toBe('abc');
  });
});

describe('formatDateTime', () => {
  it('shows UTC minutes for the API form and for any other parsable timestamp', () => {
    expect(formatDateTime('2026-04-16T12:00:59Z')).toBe('2026-04-16 12:00 UTC');
    expect(formatDateTime('2026-04-16T12:00:59.123Z')).toBe('2026-04-16 12:00 UTC');
    expect(formatDateTime('2026-04-16T14:30:00+02:00')).toBe('2026-04-16 12:30 UTC');
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime('soon')).toBe('soon');
  });
});

describe('formatInteger', () => {
  it('groups thousands', () => {
    expect(formatInteger(10000)).toBe('10,000');
    expect(formatInteger(50)).toBe('50');
  });
});
