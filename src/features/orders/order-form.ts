import {
  type CreatePremiumOrderInput,
  type CreateStarsOrderInput,
  createPremiumOrderSchema,
  createStarsOrderSchema,
} from '@contract';

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

const FIELD_LABEL: Record<FieldName, string> = {
  recipient_username: 'Recipient',
  quantity: 'Quantity',
  months: 'Duration',
  client_reference: 'Client reference',
  payment_method: 'Payment method',
};

function sentence(field: FieldName, rule: string): string {
  return `${FIELD_LABEL[field]} ${rule}`;
}

/** Builds the request body and checks it with the very schema the API enforces. */
export function buildOrderBody(
  values: OrderFormValues,
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
  if (values.product === 'stars') {
    const quantity = values.quantity.trim() === '' ? undefined : Number(values.quantity);
    const result = createStarsOrderSchema.safeParse({ ...common, quantity });
    return result.success
      ? { ok: true, product: 'stars', body: result.data }
      : { ok: false, errors: issuesToErrors(result.error.issues) };
  }
  const result = createPremiumOrderSchema.safeParse({ ...common, months: values.months });
  return result.success
    ? { ok: true, product: 'premium', body: result.data }
    : { ok: false, errors: issuesToErrors(result.error.issues) };
}

function issuesToErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path[0];
    if (isField(field)) errors[field] ??= sentence(field, issue.message);
    else errors.form ??= issue.message;
  }
  return errors;
}

function isField(name: unknown): name is FieldName {
  return typeof name === 'string' && name in FIELD_LABEL;
}

/** Maps a VALIDATION_ERROR message ("quantity must be …; recipient_username must …") onto the fields. */
export function fieldErrorsFromMessage(message: string): FieldErrors {
  const errors: FieldErrors = {};
  for (const part of message.split('; ')) {
    const [field = '', ...rest] = part.split(' ');
    if (isField(field) && rest.length > 0) errors[field] = sentence(field, rest.join(' '));
    else errors.form = errors.form ? `${errors.form}; ${part}` : part;
  }
  return errors;
}
