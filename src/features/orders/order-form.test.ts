import { describe, expect, it } from 'vitest';
import { formatInteger } from '@/lib/format';
import { createI18n } from '@/lib/i18n/create-i18n';
import type { Translate } from '@/lib/i18n/use-t';
import { messages as en } from '@/locales/compiled/en';
import { messages as ru } from '@/locales/compiled/ru';
import { buildOrderBody, type FormText, fieldErrorsFromMessage, type OrderFormValues, validQuantity } from './order-form';

function textIn(locale: 'en' | 'ru', bounds: Partial<FormText> = {}): FormText {
  const i18n = createI18n(locale, locale === 'en' ? en : ru);
  const t: Translate = (id, values) => i18n._(id, values);
  return { t, integer: (n) => formatInteger(n, locale), ...bounds };
}

const values: OrderFormValues = {
  product: 'stars',
  username: '@pandus',
  quantity: '100',
  months: 3,
  reference: '',
  method: 'ton_memo',
};

describe('buildOrderBody', () => {
  it('sends what the API expects', () => {
    expect(buildOrderBody(values, textIn('en'))).toEqual({
      ok: true,
      product: 'stars',
      body: { recipient_username: 'pandus', quantity: 100, payment_method: 'ton_memo', payment_currency: 'TON' },
    });
  });

  it('says which rule each field breaks, with the numbers formatted as in the hint', () => {
    const result = buildOrderBody({ ...values, username: 'ab', quantity: '20000' }, textIn('en'));
    expect(result).toEqual({
      ok: false,
      errors: {
        recipient_username: 'Recipient must be 5–32 characters of letters, digits or _ (a leading @ is allowed).',
        quantity: 'Quantity must be between 50 and 10,000',
      },
    });
  });

  it('tells an empty field from a wrong one, in the partner language', () => {
    const result = buildOrderBody({ ...values, username: ' ', quantity: '' }, textIn('ru'));
    expect(result).toEqual({
      ok: false,
      errors: {
        recipient_username: 'Введите имя пользователя Telegram получателя.',
        quantity: 'Введите, сколько Stars отправить.',
      },
    });
  });

  it('holds the quantity to the bounds the API announced', () => {
    const result = buildOrderBody({ ...values, quantity: '60' }, textIn('en', { starsMin: 100, starsMax: 5000 }));
    expect(result).toEqual({ ok: false, errors: { quantity: 'Quantity must be between 100 and 5,000' } });
  });
});

describe('validQuantity', () => {
  it('accepts only whole quantities within the bounds', () => {
    expect(validQuantity('50')).toBe(50);
    expect(validQuantity('10000')).toBe(10000);
    expect(validQuantity('49')).toBeNull();
    expect(validQuantity('10001')).toBeNull();
    expect(validQuantity('12.5')).toBeNull();
    expect(validQuantity('')).toBeNull();
  });
});

describe('fieldErrorsFromMessage', () => {
  it('maps the API detail onto fields and keeps what it cannot place', () => {
    expect(fieldErrorsFromMessage('client_reference must be at most 128 characters; body is odd', textIn('en'))).toEqual({
      client_reference: 'Client reference must be at most 128 characters',
      form: 'The request was not accepted: body is odd',
    });
    expect(fieldErrorsFromMessage('recipient_username is required', textIn('en'))).toEqual({
      recipient_username: "Enter the recipient's Telegram username.",
    });
  });
});
