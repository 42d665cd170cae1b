import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { reportExport, reportPayment } from './audit-events';

afterEach(() => vi.unstubAllGlobals());

describe('audit reports from the browser', () => {
  it('reports a payment the wallet accepted and an export that finished', async () => {
    const { calls } = fakeApi({ 'POST /workspace/audit/': () => ({ data: { recorded: true } }) });
    await reportPayment({ kind: 'order', order_id: 10421, amount_nano: '418000000', messages: 1 });
    await reportExport({ source: 'orders', filters: { status: 'paid' }, rows: 12 });
    expect(calls.map((c) => [c.url, c.body])).toEqual([
      ['/workspace/audit/payment', { kind: 'order', order_id: 10421, amount_nano: '418000000', messages: 1 }],
      ['/workspace/audit/export', { source: 'orders', filters: { status: 'paid' }, rows: 12 }],
    ]);
  });

  it('an unreachable or busy server costs the log a line, silently', async () => {
    const { calls } = fakeApi({
      'POST /workspace/audit/payment': () => ({ status: 503, error: ['SERVICE_UNAVAILABLE', 'down'] }),
      'POST /workspace/audit/export': () => Promise.reject(new TypeError('Failed to fetch')),
    });
    // console.error fails any test (setup.ts): settling without it is the assertion.
    await reportPayment({ kind: 'topup', amount_nano: '1000000000' });
    await reportExport({ source: 'transactions', filters: {}, rows: 0 });
    expect(calls).toHaveLength(2);
  });

  it('a refusal that means our mistake is an error, not swallowed', async () => {
    fakeApi({
      'POST /workspace/audit/payment': () => ({ status: 400, error: ['VALIDATION_ERROR', 'amount_nano: must be nanotons'] }),
    });
    const logged = vi.fn();
    vi.spyOn(console, 'error').mockImplementation(logged);
    await reportPayment({ kind: 'order', order_id: 1, amount_nano: '5' });
    expect(logged).toHaveBeenCalledWith('audit report /workspace/audit/payment failed', expect.anything());
  });

  it('a report the contract refuses is never sent, and says so', async () => {
    const { calls } = fakeApi({});
    const logged = vi.fn();
    vi.spyOn(console, 'error').mockImplementation(logged);
    await reportPayment({ kind: 'order', order_id: 1, amount_nano: '0.418 TON' });
    expect(calls).toEqual([]);
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/^audit report \/workspace\/audit\/payment not sent/));
  });
});
