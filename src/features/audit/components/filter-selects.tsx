import { AUDIT_ACTIONS, type AuditAction } from '@contract/workspace';
import { useQuery } from '@tanstack/react-query';
import { teamQueries } from '@/api/team';
import { Field, inputClass } from '@/components/ui/field';
import { useT } from '@/lib/i18n/use-t';
import { actionLabel } from '../action-label';
import { pickAction } from '../list-params';

const selectClass = `${inputClass} py-1.5`;

/** The workspace's people by name; one filtered by but since removed stays selectable (by id) while selected. */
export function PersonSelect({ value, onChange }: { value: string | undefined; onChange: (id: string | undefined) => void }) {
  const t = useT();
  const members = useQuery(teamQueries.members()).data ?? [];
  const people = value && !members.some((m) => m.id === value) ? [...members, { id: value, name: value }] : members;
  return (
    <Field label={t('audit.filters.person')}>
      {(props) => (
        <select {...props} className={selectClass} value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
          <option value="">{t('audit.filters.anyone')}</option>
          {people.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Every action the log records, by its name in words. */
export function ActionSelect({
  value,
  onChange,
}: {
  value: AuditAction | undefined;
  onChange: (a: AuditAction | undefined) => void;
}) {
  const t = useT();
  return (
    <Field label={t('audit.filters.action')}>
      {(props) => (
        <select {...props} className={selectClass} value={value ?? ''} onChange={(e) => onChange(pickAction(e.target.value))}>
          <option value="">{t('audit.filters.anyAction')}</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {actionLabel(action, t)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
