import type { Order } from '@contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { cancelOrder, orderQueries } from '@/api/orders';
import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogTrigger } from '@/components/ui/dialog';
import { ApiError } from '@/lib/api-errors';
import { useErrorMessage } from '@/lib/i18n/use-error-message';
import { useT } from '@/lib/i18n/use-t';

/**
 * Cancel behind a real confirmation modal (focus inside, Escape closes, focus back on the button). A 409
 * (paid or expired meanwhile) is explained in the modal and the order reloaded; the modal stays until closed.
 */
export function CancelOrder({ order }: { order: Order }) {
  const t = useT();
  const errorText = useErrorMessage();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const mutation = useMutation({
    mutationFn: () => cancelOrder(order.id),
    onSuccess: (updated) => {
      queryClient.setQueryData(orderQueries.detail(order.id).queryKey, updated);
      void queryClient.invalidateQueries({ queryKey: orderQueries.all() });
      setOpen(false);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409)
        void queryClient.invalidateQueries({ queryKey: orderQueries.detail(order.id).queryKey });
    },
  });
  const conflict = mutation.error instanceof ApiError && mutation.error.status === 409;
  if (order.status !== 'pending_payment' && !open) return null;
  const change = (next: boolean) => {
    setOpen(next);
    if (!next) mutation.reset();
  };
  return (
    <Dialog open={open} onOpenChange={change}>
      <DialogTrigger asChild>
        <Button variant="secondary">{t('order.cancel.button')}</Button>
      </DialogTrigger>
      <DialogContent title={t('order.cancel.title', { id: order.id })} description={t('order.cancel.body')}>
        {mutation.isError && (
          <p role="alert" className="mb-4 rounded-md bg-bad-soft px-3 py-2 text-sm text-bad">
            {conflict ? t('order.cancel.conflict') : errorText(mutation.error)}
          </p>
        )}
        <div className="flex flex-wrap justify-end gap-2">
          <DialogClose asChild>
            <Button variant="secondary">{t('order.cancel.keep')}</Button>
          </DialogClose>
          {!conflict && (
            <Button variant="danger" disabled={mutation.isPending} onClick={() => mutation.mutate()}>
              {mutation.isPending ? t('order.cancel.busy') : t('order.cancel.confirm')}
            </Button>
          )}
        </div>
      </DialogContent>
    </Dialog>
  );
}
