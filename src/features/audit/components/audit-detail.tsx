import { type AuditEntry, exportEventSchema, nanoToTon } from '@contract';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Ton } from '@/components/ui/money';
import { useRoleLabel } from '@/lib/i18n/use-role-label';
import { type Translate, useT } from '@/lib/i18n/use-t';
import { describeFilters } from '../describe-filters';

type Value = AuditEntry['detail'][string];
type Render = (value: Value, t: Translate, roleLabel: (role: string) => string) => ReactNode;

const text = (value: Value) => String(value);
const orderLink: Render = (value, t) =>
  /^\d{1,15}$/.test(text(value)) ? (
    <Link to={`/orders/${text(value)}`} className="text-accent underline underline-offset-2">
      {t('audit.detail.order', { id: text(value) })}
    </Link>
  ) : (
    text(value)
  );

/** The facts the log records, each in words; a fact this dashboard does not know yet is shown as `name: value`. */
const RENDER: Record<string, Render> = {
  order_id: orderLink,
  idempotency_key: (value, t) => (
    <>
      {t('audit.detail.idempotencyKey')} <span className="break-all font-mono text-xs">{text(value)}</span>
    </>
  ),
  role: (value, t, roleLabel) => t('audit.detail.role', { role: roleLabel(text(value)) }),
  previous_role: (value, t, roleLabel) => t('audit.detail.previousRole', { role: roleLabel(text(value)) }),
  email: (value, t) => t('audit.detail.email', { email: text(value) }),
  rows: (value, t) => (typeof value === 'number' ? t('audit.detail.rows', { count: value }) : text(value)),
  filters: (value, t) => t('audit.detail.filters', { filters: describeFilters(text(value)) || t('audit.detail.noFilters') }),
  source: (value, t) => {
    const source = exportEventSchema.shape.source.safeParse(value);
    return source.success ? t(`audit.detail.source.${source.data}`) : text(value);
  },
  amount_nano: (value) => (/^\d{1,19}$/.test(text(value)) ? <Ton value={nanoToTon(text(value))} /> : text(value)),
  kind: (value, t) =>
    value === 'topup' ? t('audit.detail.topUp') : value === 'order' ? t('audit.detail.orderPayment') : text(value),
  required: (value, t) => t(value === true ? 'audit.detail.required' : 'audit.detail.notRequired'),
};

/** An entry's details as short lines: an order linked to its page, its Idempotency-Key, a role, an export's filters and rows. */
export function AuditDetail({ detail }: { detail: AuditEntry['detail'] }) {
  const t = useT();
  const roleLabel = useRoleLabel();
  const facts = Object.entries(detail).filter(([, value]) => value !== null && value !== '');
  if (facts.length === 0) return <span className="text-muted">—</span>;
  return (
    <ul className="space-y-0.5">
      {facts.map(([name, value]) => (
        <li key={name} className="min-w-0 break-words">
          {RENDER[name]?.(value, t, roleLabel) ?? `${name.replace(/_/g, ' ')}: ${text(value)}`}
        </li>
      ))}
    </ul>
  );
}
