import type { Order } from '../contract/orders';
import { expect, type PartnerApi, uniqueRef } from './fixtures';

export const STATES = ['pending', 'processing', 'completed', 'refunded', 'expired', 'cancelled'] as const;
export type SeededState = (typeof STATES)[number];

async function settle(api: PartnerApi, order: Order, status: string): Promise<void> {
  // The sandbox moves paid orders on a timer: wait for the state through its API (what the page will read).
  await expect
    .poll(async () => ((await api.call('GET', `/api/v1/orders/${order.id}`)).json.data as Order).status, { timeout: 15_000 })
    .toBe(status);
}

/**
 * One order resting in each state a partner meets, seeded through the sandbox's own API: awaiting payment,
 * paid and delivering (`hold_` recipients stay there), delivered, failed and refunded (`fail_`), expired
 * (the sandbox's expire tool) and cancelled.
 */
export async function seedOrderStates(api: PartnerApi): Promise<Record<SeededState, Order>> {
  const tag = uniqueRef('st')
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 12);
  const pending = await api.createStars({ recipient_username: `pend_${tag}` });
  const processing = await api.createStars({ recipient_username: `hold_${tag}` });
  const completed = await api.createStars({ recipient_username: `done_${tag}`, quantity: 2500 });
  const refunded = await api.createStars({ recipient_username: `fail_${tag}` });
  const expired = await api.createStars({ recipient_username: `late_${tag}` });
  const cancelled = await api.createStars({ recipient_username: `stop_${tag}` });
  await api.pay(processing);
  await api.pay(completed);
  await api.pay(refunded);
  expect((await api.call('POST', '/sandbox/expire', { payment_memo: expired.payment_memo })).status).toBe(200);
  expect((await api.call('POST', `/api/v1/orders/${cancelled.id}/cancel`)).status).toBe(200);
  await settle(api, processing, 'processing');
  await settle(api, completed, 'completed');
  await settle(api, refunded, 'refunded');
  return { pending, processing, completed, refunded, expired, cancelled };
}
