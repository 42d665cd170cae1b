import type { Balance, Fee } from '@contract';
import { Field, inputClass } from '@/components/ui/field';
import { RadioGroup } from '@/components/ui/radio-group';
import { formatTon } from '@/lib/format';
import type { FieldErrors, OrderFormValues } from '../../order-form';
import { QuantityField } from './quantity-field';
import { type RecipientState, RecipientStatus } from './recipient-status';

interface OrderFieldsProps {
  values: OrderFormValues;
  errors: FieldErrors;
  onChange: (patch: Partial<OrderFormValues>) => void;
  fee: Fee | undefined;
  recipient: { state: RecipientState; error: unknown };
  balance: Balance | undefined;
  short: boolean;
}

const products = [
  { value: 'stars', label: 'Telegram Stars' },
  { value: 'premium', label: 'Telegram Premium' },
] as const;

export function OrderFields({ values, errors, onChange, fee, recipient, balance, short }: OrderFieldsProps) {
  return (
    <>
      <RadioGroup
        legend="Product"
        name="product"
        options={products}
        value={values.product}
        onChange={(product) => onChange({ product })}
      />
      <Field
        label="Recipient"
        error={errors.recipient_username}
        hint={<RecipientStatus state={recipient.state} error={recipient.error} product={values.product} />}
      >
        {(props) => (
          <input
            {...props}
            className={inputClass}
            placeholder="@username"
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
          fee={fee}
          onChange={(quantity) => onChange({ quantity })}
        />
      ) : (
        <RadioGroup
          legend="Duration"
          name="months"
          options={(fee?.premium.months ?? [3, 6, 12]).map((m) => ({ value: m, label: `${m} months` }))}
          value={values.months}
          onChange={(months) => onChange({ months })}
          error={errors.months}
        />
      )}
      <Field
        label="Client reference (optional)"
        error={errors.client_reference}
        hint="Your invoice or payment id; search finds every order that shares it."
      >
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
      <RadioGroup
        legend="Payment"
        name="method"
        className="space-y-2"
        options={[
          { value: 'ton_memo', label: 'Pay by TON transfer (from your wallet, within 15 minutes)' },
          {
            value: 'balance',
            label: `Pay from partner balance${balance ? ` (${formatTon(balance.balance_ton)} TON available)` : ''}`,
          },
        ]}
        value={values.method}
        onChange={(method) => onChange({ method })}
        error={errors.payment_method}
      >
        {short && (
          <p role="alert" className="text-sm text-amber-800 dark:text-amber-300">
            Your balance does not cover this order. Top up first, or pay by TON transfer.
          </p>
        )}
      </RadioGroup>
    </>
  );
}
