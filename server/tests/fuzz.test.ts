import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorEnvelopeSchema, okEnvelopeSchema } from '../../contract/envelope';
import { ORIGIN, startDashboard } from './dashboard-harness';
import { TEST_KEY } from './sandbox-harness';

const segment = fc.oneof(
  fc.constantFrom('api', 'v1', 'orders', 'stars', 'premium', 'by-memo', 'by-reference', 'cancel', 'balance', 'transactions'),
  fc.constantFrom('pricing', 'fee', 'estimate', 'recipients', 'stats', 'summary', 'session', 'sandbox', 'transfers', 'expire'),
  fc.constantFrom('assets', 'index.html', '.', '..', '%', '%ff', '%zz', '%2e%2e', '1', '0', '-1', '99999999999999999999'),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
  fc.string({ maxLength: 6 }),
);
const path = fc
  .tuple(fc.constantFrom('', '/api/v1', '/api', '/session', '/sandbox', '/orders'), fc.array(segment, { maxLength: 4 }))
  .map(([prefix, parts]) => `${prefix}/${parts.join('/')}`);
const query = fc.option(
  fc.dictionary(
    fc.constantFrom('limit', 'offset', 'status', 'order_type', 'created_from', 'quantity', 'months', 'username', 'q', 'from'),
    fc.oneof(fc.string({ maxLength: 10 }), fc.integer().map(String), fc.constant('1e309')),
  ),
);
const body = fc.oneof(
  fc.constant(undefined),
  fc.json({ maxDepth: 2 }),
  fc.string({ maxLength: 40 }),
  fc.record({
    recipient_username: fc.string({ maxLength: 40 }),
    quantity: fc.oneof(fc.integer(), fc.double(), fc.string()),
    api_key: fc.string(),
    amount: fc.oneof(fc.bigInt({ min: 0n, max: 2n ** 80n }).map(String), fc.string()),
    address: fc.string(),
    payment_memo: fc.string(),
  }),
);
const headers = fc.record(
  {
    Authorization: fc.constantFrom(`Bearer ${TEST_KEY}`, 'Bearer osk_nobody_000000000', 'Basic x', ''),
    'Content-Type': fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', ''),
    Origin: fc.constantFrom(ORIGIN, 'https://evil.example', 'null'),
    'Idempotency-Key': fc.string({ maxLength: 300 }),
    'X-Forwarded-For': fc.string({ maxLength: 20 }),
  },
  { requiredKeys: [] },
);
const method = fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS');

describe('fuzz: random requests at the whole app, in process', () => {
  it('never answers 5xx, and always in the envelope under /api/v1', async () => {
    const { request } = startDashboard({ signInPerMinute: 1_000_000 });
    let runs = 0;
    let serverErrors = 0;
    await fc.assert(
      fc.asyncProperty(method, path, query, headers, body, async (verb, target, params, sent, payload) => {
        runs += 1;
        const search = params ? `?${new URLSearchParams(params)}` : '';
        const init: RequestInit = { method: verb, headers: Object.fromEntries(Object.entries(sent).filter(([, v]) => v !== '')) };
        if (payload !== undefined && verb !== 'GET' && verb !== 'HEAD')
          init.body = typeof payload === 'string' ? payload : JSON.stringify(payload);
        const res = await request(`${target}${search}`, init);
        if (res.status >= 500) serverErrors += 1;
        expect(res.status, `${verb} ${target}${search}`).toBeLessThan(500);
        // Dot segments resolve before routing, as in any browser: `/api/v1/../%2e%2e` is `/`, not an API path.
        const underApi = new URL(`http://127.0.0.1${target}`).pathname.startsWith('/api/v1');
        if (underApi && verb !== 'HEAD') {
          const json: unknown = await res.json();
          expect(okEnvelopeSchema.safeParse(json).success || errorEnvelopeSchema.safeParse(json).success).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
    console.log(`fuzz: ${runs} requests, ${serverErrors} answered 5xx`);
    expect(runs).toBeGreaterThanOrEqual(1500);
  }, 60_000);
});
