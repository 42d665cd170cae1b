import {
  CLIENT_REFERENCE_MAX,
  type CreatePremiumOrderInput,
  type CreateStarsOrderInput,
  createPremiumOrderSchema,
  createStarsOrderSchema,
  STARS_MAX,
  STARS_MIN,
} from '@contract';
import type { Translate } from '@/lib/i18n/use-t';

export type Product = 'stars' | 'premium';
export type FieldName = 'recipient_username' | 'quantity' | 'months' | 'client_reference' | 'payment_method';

export interface OrderFormValues {
  product: Product;
  username: string;
  quantity: string;
  months: number;
  reference: string;
  method: 'ton_memo' | 'balance';
}

export type FieldErrors = Partial<Record<FieldName | 'form', string>>;

/** What the messages need: the translator, the number format, and the Stars bounds the hint shows. */
export interface FormText {
  t: Translate;
  integer: (value: number) => string;
  starsMin?: number;
  starsMax?: number;
}

const FIELDS: readonly FieldName[] = ['recipient_username', 'quantity', 'months', 'client_reference', 'payment_method'];

/** One sentence per field, in the partner's language: the rule the field breaks, or that it is empty. */
function fieldMessage(field: FieldName, missing: boolean, text: FormText): string {
  const { t, integer } = text;
  switch (field) {
    case 'recipient_username':
      return t(missing ? 'newOrder.error.recipientRequired' : 'newOrder.error.recipient');
    case 'quantity':
      if (missing) return t('newOrder.error.quantityRequired');
      return t('newOrder.error.quantity', { min: integer(text.starsMin ?? STARS_MIN), max: integer(text.starsMax ?? STARS_MAX) });
    case 'months':
      return t('newOrder.error.months');
    case 'client_reference':
      return t('newOrder.error.reference', { max: integer(CLIENT_REFERENCE_MAX) });
    case 'payment_method':
      return t('newOrder.error.method');
  }
}

/** A Stars quantity the pricing API accepts (within the bounds), or null: only then is an estimate asked for. */
export function validQuantity(text: string, min = STARS_MIN, max = STARS_MAX): number | null {
  if (!/^\d{1,6}$/.test(text.trim())) return null;
  const quantity = Number(text.trim());
  return quantity >= min && quantity <= max ? quantity : null;
}

/** Builds the request body and checks it with the very schema the API enforces (and the API's current bounds). */
export function buildOrderBody(
  values: OrderFormValues,
  text: FormText,
):
  | { ok: true; product: 'stars'; body: CreateStarsOrderInput }
  | { ok: true; product: 'premium'; body: CreatePremiumOrderInput }
  | { ok: false; errors: FieldErrors } {
  const common = {
    recipient_username: values.username.trim(),
    payment_method: values.method,
    payment_currency: 'TON' as const,
    ...(values.reference.trim() ? { client_reference: values.reference.trim() } : {}),
  };
  const missing = (field: FieldName) =>
    (field === 'recipient_username' && common.recipient_username === '') ||
    (field === 'quantity' && values.quantity.trim() === '');
  const toErrors = (issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors => {
    const errors: FieldErrors = {};
    for (const issue of issues) {
      const field = issue.path[0];
      if (isField(field)) errors[field] ??= fieldMessage(field, missing(field), text);
      else errors.form ??= text.t('common.error.VALIDATION_ERROR', { detail: issue.message });
    }
    return errors;
  };
  if (values.product === 'stars') {
    const quantity = values.quantity.trim() === '' ? undefined : Number(values.quantity);
    const result = createStarsOrderSchema.safeParse({ ...common, quantity });
    if (!result.success) return { ok: false, errors: toErrors(result.error.issues) };
    if (validQuantity(values.quantity, text.starsMin, text.starsMax) === null)
      return { ok: false, errors: { quantity: fieldMessage('quantity', false, text) } };
    return { ok: true, product: 'stars', body: result.data };
  }
  const result = createPremiumOrderSchema.safeParse({ ...common, months: values.months });
  return result.success
    ? { ok: true, product: 'premium', body: result.data }
    : { ok: false, errors: toErrors(result.error.issues) };
}

function isField(name: unknown): name is FieldName {
  return typeof name === 'string' && (FIELDS as readonly string[]).includes(name);
}

/** Maps a VALIDATION_ERROR message ("quantity must be …; recipient_username is required") onto the fields. */
export function fieldErrorsFromMessage(message: string, text: FormText): FieldErrors {
  const errors: FieldErrors = {};
  const unknown: string[] = [];
  for (const part of message.split('; ')) {
    const [field = '', ...rest] = part.split(' ');
    if (isField(field) && rest.length > 0) errors[field] = fieldMessage(field, rest.join(' ') === 'is required', text);
    else unknown.push(part);
  }
  if (unknown.length > 0) errors.form = text.t('common.error.VALIDATION_ERROR', { detail: unknown.join('; ') });
  return errors;
}
