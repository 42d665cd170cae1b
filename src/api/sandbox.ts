import { transferResultSchema } from '@contract';
import { apiFetch } from '@/lib/api-fetch';

/** One message to the sandbox's simulated chain, exactly as a wallet would send it (sandbox mode only). */
export function simulateTransfer(message: { address: string; amount: string; payload?: string }) {
  return apiFetch('/sandbox/transfers', transferResultSchema, { method: 'POST', body: message });
}
