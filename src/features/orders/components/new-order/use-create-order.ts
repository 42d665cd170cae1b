import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useNavigate } from 'react-router';
import { balanceQueries } from '@/api/balance';
import { type CreateOrderRequest, createOrder, orderQueries } from '@/api/orders';
import { ApiError, errorMessage } from '@/lib/api-errors';
import { fingerprintOf, type Intent, intentFor } from '../../intent-key';
import { type buildOrderBody, type FieldErrors, type FormText, fieldErrorsFromMessage } from '../../order-form';

type Built = Extract<ReturnType<typeof buildOrderBody>, { ok: true }>;

interface Handlers {
  text: FormText;
  onErrors: (errors: FieldErrors) => void;
  /** The API said the balance cannot pay (402): the form shows its one balance notice. */
  onRefused: () => void;
}

function errorsFromApi(error: unknown, text: FormText): FieldErrors {
  if (!(error instanceof ApiError)) return { form: errorMessage(error, text.t) };
  if (error.code === 'VALIDATION_ERROR') return fieldErrorsFromMessage(error.message, text);
  if (error.code === 'RECIPIENT_UNAVAILABLE') return { recipient_username: text.t('newOrder.error.recipientUnavailable') };
  return { form: errorMessage(error, text.t) };
}

/**
 * Creates the order with one Idempotency-Key per intent: the same content keeps its key across the automatic
 * retries and a manual one; a success or other content starts a new intent. Lands on the order's page.
 */
export function useCreateOrder({ text, onErrors, onRefused }: Handlers) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const intent = useRef<Intent | null>(null);
  const mutation = useMutation({
    mutationFn: createOrder,
    onSuccess: (order) => {
      intent.current = null; // the next order is a new intent with a new key
      void queryClient.invalidateQueries({ queryKey: orderQueries.all() });
      void queryClient.invalidateQueries({ queryKey: balanceQueries.all() });
      queryClient.setQueryData(orderQueries.detail(order.id).queryKey, order);
      void navigate(`/orders/${order.id}`);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'INSUFFICIENT_BALANCE') {
        void queryClient.invalidateQueries({ queryKey: balanceQueries.all() }); // the notice states the current shortfall
        return onRefused();
      }
      onErrors(errorsFromApi(error, text));
    },
  });

  const submit = (built: Built) => {
    if (mutation.isPending) return; // double click / double Enter: the first request stands
    intent.current = intentFor(intent.current, fingerprintOf({ product: built.product, ...built.body }), () =>
      crypto.randomUUID(),
    );
    const request: CreateOrderRequest =
      built.product === 'stars'
        ? { product: 'stars', body: built.body, idempotencyKey: intent.current.key }
        : { product: 'premium', body: built.body, idempotencyKey: intent.current.key };
    mutation.mutate(request);
  };
  return { submit, isPending: mutation.isPending, failureCount: mutation.failureCount };
}
