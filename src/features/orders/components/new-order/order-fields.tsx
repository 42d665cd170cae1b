import type { Balance, Fee } from '@contract';
import { Field, inputClass } from '@/components/ui/field';
import { RadioGroup } from '@/components/ui/radio-group';
import { useT } from '@/lib/i18n/use-t';
import type { FieldErrors, OrderFormValues } from '../../order-form';
import { PaymentField } from './payment-field';
import { QuantityField } from './quantity-field';
import { type RecipientState, RecipientStatus } from './recipient-status';

interface OrderFieldsProps {
  values: OrderFormValues;
  errors: FieldErrors;
  onChange: (patch: Partial<OrderFormValues>) => void;
  fee: Fee | undefined;
  bounds: { min: number; max: number };
  recipient: { state: RecipientState; error: unknown };
  outage: boolean;
  balance: Balance | undefined;
  shortfall: bigint | null;
  refused: boolean;
}

export function OrderFields({ values, errors, onChange, fee, bounds, recipient, outage, ...payment }: OrderFieldsProps) {
  const t = useT();
  const products = [
    { value: 'stars', label: t('newOrder.product.stars') },
    { value: 'premium', label: t('newOrder.product.premium') },
  ] as const;
  return (
    <>
      <RadioGroup
        legend={t('newOrder.product.legend')}
        name="product"
        options={products}
        value={values.product}
        onChange={(product) => onChange({ product })}
      />
      <Field
        label={t('newOrder.recipient.label')}
        error={errors.recipient_username}
        hint={<RecipientStatus {...recipient} product={values.product} outage={outage} />}
      >
        {(props) => (
          <input
            {...props}
            className={inputClass}
            placeholder={t('newOrder.recipient.placeholder')}
            autoComplete="off"
            spellCheck={false}
            value={values.username}
            onChange={(e) => onChange({ username: e.target.value })}
          />
        )}
      </Field>
      {values.product === 'stars' ? (
        <QuantityField
          value={values.quantity}
          error={errors.quantity}
          bounds={bounds}
          onChange={(quantity) => onChange({ quantity })}
        />
      ) : (
        <RadioGroup
          legend={t('newOrder.months.legend')}
          name="months"
          options={(fee?.premium.months ?? [3, 6, 12]).map((m) => ({ value: m, label: t('common.months', { count: m }) }))}
          value={values.months}
          onChange={(months) => onChange({ months })}
          error={errors.months}
        />
      )}
      <Field label={t('newOrder.reference.label')} error={errors.client_reference} hint={t('newOrder.reference.hint')}>
        {(props) => (
          <input
            {...props}
            className={inputClass}
            maxLength={128}
            value={values.reference}
            onChange={(e) => onChange({ reference: e.target.value })}
          />
        )}
      </Field>
      <PaymentField
        {...payment}
        value={values.method}
        onChange={(method) => onChange({ method })}
        error={errors.payment_method}
        ttlSeconds={fee?.order_ttl_seconds ?? 900}
      />
    </>
  );
}
