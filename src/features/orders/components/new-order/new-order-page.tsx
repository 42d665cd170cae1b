import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { balanceQueries } from '@/api/balance';
import { type CreateOrderRequest, createOrder, orderQueries } from '@/api/orders';
import { pricingQueries } from '@/api/pricing';
import { Button } from '@/components/ui/button';
import { ApiError, errorMessage } from '@/lib/api-errors';
import { type Translate, useT } from '@/lib/i18n/use-t';
import { fingerprintOf, type Intent, intentFor } from '../../intent-key';
import { buildOrderBody, type FieldErrors, fieldErrorsFromMessage, type OrderFormValues } from '../../order-form';
import { EstimatePanel, isShort, useEstimate } from './estimate-panel';
import { OrderFields } from './order-fields';
import { useRecipientCheck } from './recipient-status';

const initial: OrderFormValues = {
  product: 'stars',
  username: '',
  quantity: '100',
  months: 3,
  reference: '',
  method: 'ton_memo',
};

function errorsFromApi(error: unknown, t: Translate): FieldErrors {
  if (!(error instanceof ApiError)) return { form: errorMessage(error, t) };
  if (error.code === 'VALIDATION_ERROR') return fieldErrorsFromMessage(error.message);
  if (error.code === 'RECIPIENT_UNAVAILABLE') return { recipient_username: error.message };
  if (error.code === 'INSUFFICIENT_BALANCE')
    return { payment_method: `Your balance is too low for this order (${error.message}). Top up, or pay by TON transfer.` };
  return { form: error.message };
}

export function NewOrderPage() {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const intent = useRef<Intent | null>(null);
  const fee = useQuery(pricingQueries.fee());
  const recipient = useRecipientCheck(values.product, values.username);
  const amount =
    values.product === 'stars' ? (/^\d{1,6}$/.test(values.quantity) ? Number(values.quantity) : null) : values.months;
  const estimate = useEstimate(values.product, amount);
  const balance = useQuery({ ...balanceQueries.current(), enabled: values.method === 'balance' });
  const short =
    values.method === 'balance' && estimate.status === 'ready' && isShort(balance.data?.balance_ton, estimate.priceTon);

  const mutation = useMutation({
    mutationFn: createOrder,
    onSuccess: (order) => {
      intent.current = null; // the next order is a new intent with a new key
      void queryClient.invalidateQueries({ queryKey: orderQueries.all() });
      void queryClient.invalidateQueries({ queryKey: balanceQueries.all() });
      queryClient.setQueryData(orderQueries.detail(order.id).queryKey, order);
      void navigate(`/orders/${order.id}`);
    },
    onError: (error) => setErrors(errorsFromApi(error, t)),
  });

  const change = (patch: Partial<OrderFormValues>) => {
    setValues((old) => ({ ...old, ...patch }));
    setErrors({});
  };

  const cannotReceive = recipient.state.kind === 'checked' && !recipient.state.check.can_receive;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return; // double click / double Enter: the first request stands
    const built = buildOrderBody(values);
    if (!built.ok) return setErrors(built.errors);
    if (cannotReceive) return setErrors({ recipient_username: 'This recipient cannot receive this product.' });
    intent.current = intentFor(intent.current, fingerprintOf({ product: built.product, ...built.body }), () =>
      crypto.randomUUID(),
    );
    const request: CreateOrderRequest =
      built.product === 'stars'
        ? { product: 'stars', body: built.body, idempotencyKey: intent.current.key }
        : { product: 'premium', body: built.body, idempotencyKey: intent.current.key };
    setErrors({});
    mutation.mutate(request);
  };

  return (
    <section className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-xl font-semibold">New order</h1>
      <form onSubmit={submit} noValidate className="space-y-5" aria-describedby={errors.form ? 'form-error' : undefined}>
        <OrderFields
          values={values}
          errors={errors}
          onChange={change}
          fee={fee.data}
          recipient={recipient}
          balance={balance.data}
          short={short}
        />
        <EstimatePanel estimate={estimate} />
        {errors.form && (
          <p id="form-error" role="alert" className="text-sm text-red-700 dark:text-red-400">
            {errors.form}
          </p>
        )}
        <Button type="submit" disabled={mutation.isPending || cannotReceive} className="w-full sm:w-auto">
          {mutation.isPending ? 'Creating order…' : 'Create order'}
        </Button>
        {mutation.isPending && mutation.failureCount > 0 && (
          <p role="status" className="text-sm">
            The network is slow; retrying safely (attempt {mutation.failureCount + 1}) — the order cannot be created twice.
          </p>
        )}
      </form>
    </section>
  );
}
