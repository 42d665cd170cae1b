import { STARS_MAX, STARS_MIN } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { balanceQueries } from '@/api/balance';
import { pricingQueries } from '@/api/pricing';
import { Button } from '@/components/ui/button';
import { PageHeading } from '@/components/ui/page-heading';
import { useT } from '@/lib/i18n/use-t';
import { useFormat } from '@/lib/use-format';
import { buildOrderBody, type FieldErrors, type FormText, type OrderFormValues, validQuantity } from '../../order-form';
import { EstimatePanel } from './estimate-panel';
import { OrderFields } from './order-fields';
import { isUnreachable } from './outage';
import { useRecipientCheck } from './recipient-status';
import { useCreateOrder } from './use-create-order';
import { shortfallNano, useEstimate } from './use-estimate';

const initial: OrderFormValues = {
  product: 'stars',
  username: '',
  quantity: '100',
  months: 3,
  reference: '',
  method: 'ton_memo',
};

/** `notice`: the balance feature's low-balance warning, composed in by the route. */
export function NewOrderPage({ notice }: { notice?: ReactNode }) {
  const t = useT();
  const f = useFormat();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [refused, setRefused] = useState(false);
  const fee = useQuery(pricingQueries.fee());
  const bounds = { min: fee.data?.stars.min_quantity ?? STARS_MIN, max: fee.data?.stars.max_quantity ?? STARS_MAX };
  const text: FormText = { t, integer: f.integer, starsMin: bounds.min, starsMax: bounds.max };
  const recipient = useRecipientCheck(values.product, values.username);
  const amount = values.product === 'stars' ? validQuantity(values.quantity, bounds.min, bounds.max) : values.months;
  const estimate = useEstimate(values.product, amount);
  const balance = useQuery({ ...balanceQueries.current(), enabled: values.method === 'balance' });
  const shortfall =
    values.method === 'balance' && estimate.status === 'ready'
      ? shortfallNano(balance.data?.balance_ton, estimate.priceTon)
      : null;
  const outage = [fee.error, estimate.error, recipient.error].some(isUnreachable);
  const create = useCreateOrder({ text, onErrors: setErrors, onRefused: () => setRefused(true) });

  const change = (patch: Partial<OrderFormValues>) => {
    setValues((old) => ({ ...old, ...patch }));
    setErrors({});
    setRefused(false);
  };

  const cannotReceive = recipient.state.kind === 'checked' && !recipient.state.check.can_receive;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const built = buildOrderBody(values, text);
    if (!built.ok) return setErrors(built.errors);
    if (cannotReceive) return setErrors({ recipient_username: t('newOrder.error.recipientUnavailable') });
    setErrors({});
    setRefused(false);
    create.submit(built);
  };

  return (
    <section className="mx-auto max-w-2xl space-y-6">
      <PageHeading title={t('newOrder.title')} />
      {notice}
      <form onSubmit={submit} noValidate className="space-y-5" aria-describedby={errors.form ? 'form-error' : undefined}>
        <OrderFields
          {...{ values, errors, bounds, recipient, outage, refused, shortfall }}
          onChange={change}
          fee={fee.data}
          balance={balance.data}
        />
        <EstimatePanel estimate={estimate} outage={outage} bounds={bounds} />
        {errors.form && (
          <p id="form-error" role="alert" className="text-sm text-bad">
            {errors.form}
          </p>
        )}
        <Button type="submit" disabled={create.isPending || cannotReceive} className="w-full sm:w-auto">
          {create.isPending ? t('newOrder.submitting') : t('newOrder.submit')}
        </Button>
        {create.isPending && create.failureCount > 0 && (
          <p role="status" className="text-sm">
            {t('newOrder.retrying', { attempt: create.failureCount + 1 })}
          </p>
        )}
      </form>
    </section>
  );
}
