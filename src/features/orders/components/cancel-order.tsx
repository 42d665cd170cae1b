import type { Order } from '@contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { cancelOrder, orderQueries } from '@/api/orders';
import { Button } from '@/components/ui/button';
import { ApiError } from '@/lib/api-errors';
import { useErrorMessage } from '@/lib/i18n/use-error-message';

/** Cancel with a confirmation step; a 409 (it was paid or expired meanwhile) is explained and the order reloaded. */
export function CancelOrder({ order }: { order: Order }) {
  const errorText = useErrorMessage();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const mutation = useMutation({
    mutationFn: () => cancelOrder(order.id),
    onSuccess: (updated) => {
      queryClient.setQueryData(orderQueries.detail(order.id).queryKey, updated);
      void queryClient.invalidateQueries({ queryKey: orderQueries.all() });
      setConfirming(false);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409)
        void queryClient.invalidateQueries({ queryKey: orderQueries.detail(order.id).queryKey });
    },
  });
  const conflict = mutation.error instanceof ApiError && mutation.error.status === 409;
  // Stays mounted when the order moves on, so a refusal stays explained after the status changes.
  if (order.status !== 'pending_payment' && !mutation.isError) return null;
  return (
    <div className="space-y-2">
      {order.status !== 'pending_payment' ? null : confirming ? (
        <div role="group" aria-label="Confirm cancellation" className="flex flex-wrap items-center gap-2 text-sm">
          <span>Cancel order #{order.id}? It can no longer be paid afterwards.</span>
          <Button variant="danger" disabled={mutation.isPending} onClick={() => mutation.mutate()}>
            {mutation.isPending ? 'Cancelling…' : 'Yes, cancel order'}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            Keep order
          </Button>
        </div>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          Cancel order
        </Button>
      )}
      {mutation.isError && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {conflict ? `This order can no longer be cancelled: ${errorText(mutation.error)}.` : errorText(mutation.error)}
        </p>
      )}
    </div>
  );
}
