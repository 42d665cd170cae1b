import { exportEventSchema, paymentEventSchema } from '@contract/workspace';
import * as z from 'zod/mini';
import { ApiError, NetworkError } from '@/lib/api-errors';
import { apiFetch } from '@/lib/api-fetch';

export type PaymentEvent = z.input<typeof paymentEventSchema>;
export type ExportEvent = z.input<typeof exportEventSchema>;

/**
 * The audit log's reports from the browser, sent and not awaited (the promise never rejects; it settles
 * once the report is handled): they never hold up or fail what the person did. An unreachable or busy server (network, 5xx, 429) or an ended session (401, which the
 * session guard handles) only costs the log one line. Anything else — a body the contract refuses, a
 * 4xx, an answer that is not the envelope — is a mistake of ours and is logged as an error, not swallowed.
 */
async function report<S extends z.ZodMiniType>(path: string, schema: S, event: z.input<S>): Promise<void> {
  const body = schema.safeParse(event);
  if (!body.success) {
    console.error(`audit report ${path} not sent: ${body.error.message}`);
    return;
  }
  await apiFetch(path, z.unknown(), { method: 'POST', body: body.data }).then(undefined, (error: unknown) => {
    if (error instanceof NetworkError) return;
    if (error instanceof ApiError && (error.status >= 500 || error.status === 429 || error.status === 401)) return;
    console.error(`audit report ${path} failed`, error);
  });
}

/** Right after the wallet (or, in the sandbox, the simulated chain) accepted a payment or a top-up. */
export function reportPayment(event: PaymentEvent): Promise<void> {
  return report('/workspace/audit/payment', paymentEventSchema, event);
}

/** Once an export has written its file. */
export function reportExport(event: ExportEvent): Promise<void> {
  return report('/workspace/audit/export', exportEventSchema, event);
}
