import type { AuditEntry } from '@contract/workspace';
import { useRoleLabel } from '@/lib/i18n/use-role-label';
import { useT } from '@/lib/i18n/use-t';
import { FACTS } from './detail-facts';

/** An entry's details as short lines: an order linked to its page, its Idempotency-Key, a role, an export's filters and rows. */
export function AuditDetail({ detail }: { detail: AuditEntry['detail'] }) {
  const t = useT();
  const roleLabel = useRoleLabel();
  const facts = Object.entries(detail)
    .filter(([, value]) => value !== null && value !== '')
    .map(
      ([name, value]) =>
        [name, FACTS[name] ? FACTS[name](value, t, roleLabel) : `${name.replace(/_/g, ' ')}: ${String(value)}`] as const,
    )
    .filter(([, shown]) => shown !== null);
  if (facts.length === 0) return <span className="text-muted">—</span>;
  return (
    <ul className="space-y-0.5">
      {facts.map(([name, shown]) => (
        <li key={name} className="min-w-0 break-words">
          {shown}
        </li>
      ))}
    </ul>
  );
}
