import type { Balance, Fee } from '@contract';
import { Field, inputClass } from '@/components/ui/field';
import { formatInteger, formatTon } from '@/lib/format';
import type { FieldErrors, OrderFormValues } from '../../order-form';
import { type RecipientState, RecipientStatus } from './recipient-status';

const PRESETS = [50, 100, 500, 1000, 5000, 10000];

interface OrderFieldsProps {
  values: OrderFormValues;
  errors: FieldErrors;
  onChange: (patch: Partial<OrderFormValues>) => void;
  fee: Fee | undefined;
  recipient: { state: RecipientState; error: unknown };
  balance: Balance | undefined;
  short: boolean;
}

const choice =
  'flex cursor-pointer items-center gap-2 rounded-md border px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 dark:has-[:checked]:bg-slate-800';

export function OrderFields({ values, errors, onChange, fee, recipient, balance, short }: OrderFieldsProps) {
  const min = fee?.stars.min_quantity ?? 50;
  const max = fee?.stars.max_quantity ?? 10000;
  const months = fee?.premium.months ?? [3, 6, 12];
  return (
    <>
      <fieldset className="flex gap-2">
        <legend className="mb-1 text-sm font-medium">Product</legend>
        {(['stars', 'premium'] as const).map((product) => (
          <label key={product} className={choice}>
            <input
              type="radio"
              name="product"
              value={product}
              checked={values.product === product}
              onChange={() => onChange({ product })}
            />
            {product === 'stars' ? 'Telegram Stars' : 'Telegram Premium'}
          </label>
        ))}
      </fieldset>

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
        <Field
          label="Quantity of Stars"
          error={errors.quantity}
          hint={`Between ${formatInteger(min)} and ${formatInteger(max)} Stars.`}
        >
          {(props) => (
            <div className="space-y-2">
              <input
                {...props}
                className={`${inputClass} w-40`}
                inputMode="numeric"
                value={values.quantity}
                onChange={(e) => onChange({ quantity: e.target.value.replace(/[\s,]/g, '') })}
              />
              <div role="group" aria-label="Quantity presets" className="flex flex-wrap gap-2">
                {PRESETS.filter((n) => n >= min && n <= max).map((n) => (
                  <button
                    key={n}
                    type="button"
                    aria-pressed={values.quantity === String(n)}
                    onClick={() => onChange({ quantity: String(n) })}
                    className="rounded-full border border-slate-300 px-3 py-1 text-xs aria-pressed:border-brand-600 aria-pressed:bg-brand-600 aria-pressed:text-white dark:border-slate-600"
                  >
                    {formatInteger(n)}
                  </button>
                ))}
              </div>
            </div>
          )}
        </Field>
      ) : (
        <fieldset className="flex flex-wrap gap-2">
          <legend className="mb-1 text-sm font-medium">Duration</legend>
          {months.map((m) => (
            <label key={m} className={choice}>
              <input
                type="radio"
                name="months"
                value={m}
                checked={values.months === m}
                onChange={() => onChange({ months: m })}
              />
              {m} months
            </label>
          ))}
          {errors.months && <p className="w-full text-sm text-red-700 dark:text-red-400">{errors.months}</p>}
        </fieldset>
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

      <fieldset className="space-y-2">
        <legend className="mb-1 text-sm font-medium">Payment</legend>
        {(
          [
            ['ton_memo', 'Pay by TON transfer (from your wallet, within 15 minutes)'],
            ['balance', `Pay from partner balance${balance ? ` (${formatTon(balance.balance_ton)} TON available)` : ''}`],
          ] as const
        ).map(([method, label]) => (
          <label key={method} className={choice}>
            <input
              type="radio"
              name="method"
              value={method}
              checked={values.method === method}
              onChange={() => onChange({ method })}
            />
            {label}
          </label>
        ))}
        {short && (
          <p role="alert" className="text-sm text-amber-800 dark:text-amber-300">
            Your balance does not cover this order. Top up first, or pay by TON transfer.
          </p>
        )}
        {errors.payment_method && <p className="text-sm text-red-700 dark:text-red-400">{errors.payment_method}</p>}
      </fieldset>
    </>
  );
}
