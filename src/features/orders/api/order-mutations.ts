import { type CreatePremiumOrderInput, type CreateStarsOrderInput, orderSchema } from '@contract';
import { apiFetch } from '@/lib/api-fetch';

export type CreateOrderRequest =
  | { product: 'stars'; body: CreateStarsOrderInput; idempotencyKey: string }
  | { product: 'premium'; body: CreatePremiumOrderInput; idempotencyKey: string };

/** The key travels with the variables, so every automatic or manual retry of one intent reuses it. */
export function createOrder(request: CreateOrderRequest) {
  return apiFetch(`/api/v1/orders/${request.product}`, orderSchema, {
    method: 'POST',
    body: request.body,
    headers: { 'Idempotency-Key': request.idempotencyKey },
  });
}

export function cancelOrder(id: number) {
  return apiFetch(`/api/v1/orders/${id}/cancel`, orderSchema, { method: 'POST' });
}
