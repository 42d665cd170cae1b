import { describe, expect, it } from 'vitest';
import { readConfig } from '../config';

describe('bulk job settings', () => {
  const bulk = (env: NodeJS.ProcessEnv) => {
    const config = readConfig(env);
    return [config.bulkRatePerSecond, config.bulkConcurrency, config.bulkLeaseMs];
  };

  it('default to 5 creates/s, 4 rows in flight, 30 s leases', () => {
    expect(bulk({})).toEqual([5, 4, 30_000]);
    expect(bulk({ BULK_RATE_PER_SECOND: '50', BULK_CONCURRENCY: '8', BULK_LEASE_MS: '5000' })).toEqual([50, 8, 5000]);
  });

  it('refuse a rate or concurrency of 0 and leases under a second, naming the variable', () => {
    expect(() => readConfig({ BULK_RATE_PER_SECOND: '0' })).toThrow(/BULK_RATE_PER_SECOND must be at least 1/);
    expect(() => readConfig({ BULK_CONCURRENCY: '0' })).toThrow(/BULK_CONCURRENCY/);
    expect(() => readConfig({ BULK_LEASE_MS: '999' })).toThrow(/BULK_LEASE_MS must be at least 1000/);
    expect(() => readConfig({ BULK_RATE_PER_SECOND: '2.5' })).toThrow(/BULK_RATE_PER_SECOND/);
  });
});
