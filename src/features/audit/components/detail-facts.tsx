import { nanoToTon, type Role, roleSchema } from '@contract';
import { type AuditEntry, exportEventSchema } from '@contract/workspace';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Ton } from '@/components/ui/money';
import type { Translate } from '@/lib/i18n/use-t';
import { describeFilters } from '../describe-filters';

type Value = AuditEntry['detail'][string];
export type RenderFact = (value: Value, t: Translate, roleLabel: (role: Role) => string) => ReactNode;

const text = (value: Value) => String(value);
/** A role in words; a role this dashboard does not know yet, as sent. */
const roleText = (value: Value, roleLabel: (role: Role) => string) => {
  const role = roleSchema.safeParse(value);
  return role.success ? roleLabel(role.data) : text(value);
};

const orderLink: RenderFact = (value, t) =>
  /^\d{1,15}$/.test(text(value)) ? (
    <Link to={`/orders/${text(value)}`} className="text-accent underline underline-offset-2">
      {t('audit.detail.order', { id: text(value) })}
    </Link>
  ) : (
    text(value)
  );

const REASONS = { password: 'audit.detail.reason.password', two_factor: 'audit.detail.reason.two_factor' } as const;

/**
 * The facts the server records with an entry, each in words, by their name in the entry's detail. A fact
 * not named here is shown as `name: value` (a new one the server may add is never hidden).
 */
export const FACTS: Record<string, RenderFact> = {
  order_id: orderLink,
  idempotency_key: (value, t) => (
    <>
      {t('audit.detail.idempotencyKey')} <span className="break-all font-mono text-xs">{text(value)}</span>
    </>
  ),
  product: (value, t) => (value === 'stars' || value === 'premium' ? t(`common.type.${value}`) : text(value)),
  member: (value, t) => t('audit.detail.member', { name: text(value) }),
  role: (value, t, roleLabel) => t('audit.detail.role', { role: roleText(value, roleLabel) }),
  from: (value, t, roleLabel) => t('audit.detail.from', { role: roleText(value, roleLabel) }),
  to: (value, t, roleLabel) => t('audit.detail.to', { role: roleText(value, roleLabel) }),
  invited_by: (value, t) => t('audit.detail.invitedBy', { name: text(value) }),
  invite: (value, t) => t('audit.detail.invite', { id: text(value) }),
  email: (value, t) => t('audit.detail.email', { email: text(value) }),
  reason: (value, t) => (value === 'password' || value === 'two_factor' ? t(REASONS[value]) : text(value)),
  device: (value, t) => t('audit.detail.device', { device: text(value) }),
  key: (value, t) => t('audit.detail.key', { key: text(value) }),
  demo: (value, t) => (value === true ? t('audit.detail.demo') : null),
  required: (value, t) => t(value === true ? 'audit.detail.required' : 'audit.detail.notRequired'),
  source: (value, t) => {
    const source = exportEventSchema.shape.source.safeParse(value);
    return source.success ? t(`audit.detail.source.${source.data}`) : text(value);
  },
  filters: (value, t) => t('audit.detail.filters', { filters: describeFilters(text(value)) || t('audit.detail.noFilters') }),
  rows: (value, t) => (typeof value === 'number' ? t('audit.detail.rows', { count: value }) : text(value)),
  kind: (value, t) =>
    value === 'topup' ? t('audit.detail.topUp') : value === 'order' ? t('audit.detail.orderPayment') : text(value),
  amount_nano: (value) => (/^\d{1,19}$/.test(text(value)) ? <Ton value={nanoToTon(text(value))} /> : text(value)),
  order_ids: (value, t) => {
    const ids = text(value)
      .split(',')
      .filter((id) => /^\d{1,15}$/.test(id));
    if (ids.length === 0) return text(value);
    return (
      <>
        {t('audit.detail.orderIds', { count: ids.length })}{' '}
        {ids.map((id, index) => (
          <span key={id}>
            {index > 0 && ', '}
            <Link to={`/orders/${id}`} className="text-accent underline underline-offset-2">{`#${id}`}</Link>
          </span>
        ))}
      </>
    );
  },
  job_id: (value, t) => (
    <Link to={`/orders/bulk/${encodeURIComponent(text(value))}`} className="text-accent underline underline-offset-2">
      {t('audit.detail.bulkJob')}
    </Link>
  ),
  file_name: (value, t) => t('audit.detail.fileName', { name: text(value) }),
  payment_method: (value, t) =>
    value === 'balance' ? t('audit.detail.payBalance') : value === 'ton_memo' ? t('audit.detail.payTransfer') : text(value),
  messages: (value, t) => (typeof value === 'number' ? t('audit.detail.messages', { count: value }) : text(value)),
};
