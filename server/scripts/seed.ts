/**
 * Seeds the sandbox database with a large history for the demo partner.
 *   npm run seed -- --count 100000        (SANDBOX_DB chooses the file, default data/sandbox.db)
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../config';
import { createSandbox } from '../sandbox/app';
import { seedOrders } from '../sandbox/seed';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '100000' }, days: { type: 'string', default: '90' } },
});
const count = Number(values.count);
const days = Number(values.days);
if (!Number.isInteger(count) || count < 1 || count > 5_000_000)
  throw new Error('--count must be an integer between 1 and 5,000,000');
if (!Number.isInteger(days) || days < 1 || days > 366) throw new Error('--days must be an integer between 1 and 366');

const config = readConfig();
if (config.sandboxDb !== ':memory:') mkdirSync(dirname(config.sandboxDb), { recursive: true });
const sandbox = createSandbox({ dbFile: config.sandboxDb, apiKey: config.sandboxApiKey, tonUsd: config.sandboxTonUsd });
const started = performance.now();
const result = seedOrders(sandbox.deps.db, {
  partnerId: sandbox.demoPartner.id,
  count,
  days,
  now: Date.now(),
  paymentAddress: sandbox.deps.paymentAddress,
  pricing: sandbox.deps.pricing,
  seed: Date.now() % 2 ** 31,
});
console.log(
  `Seeded ${result.orders} orders (ids ${result.firstId}–${result.lastId}) in ${((performance.now() - started) / 1000).toFixed(1)} s into ${config.sandboxDb}`,
);
sandbox.close();
