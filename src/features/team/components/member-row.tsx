import type { Member } from '@contract';
import { Time } from '@/components/ui/time';
import { useRoleLabel } from '@/lib/i18n/use-role-label';
import { useT } from '@/lib/i18n/use-t';
import { RemoveMember } from './remove-member';
import { RoleSelect } from './role-select';

const card =
  'max-md:grid max-md:grid-cols-[1fr_auto] max-md:items-center max-md:gap-x-3 max-md:gap-y-1.5 max-md:rounded-lg max-md:border max-md:border-line max-md:p-3';
// On a phone: name and two-factor, the email, role and Remove, then when last seen.
const at = {
  name: 'max-md:row-start-1 max-md:col-start-1 font-medium',
  email: 'max-md:row-start-2 max-md:col-span-2 max-md:truncate max-md:text-muted',
  role: 'max-md:row-start-3 max-md:col-start-1',
  twoFactor: 'max-md:row-start-1 max-md:col-start-2 max-md:text-right',
  lastSeen: 'max-md:row-start-4 max-md:col-span-2 max-md:text-muted whitespace-nowrap',
  actions: 'max-md:row-start-3 max-md:col-start-2 text-right',
};

/** One person: their role can be changed and they can be removed, except by themselves (the owner's own row). */
export function MemberRow({ member, self }: { member: Member; self: boolean }) {
  const t = useT();
  const roleLabel = useRoleLabel();
  return (
    <tr data-testid="member-row" className={card}>
      <td className={at.name}>
        {member.name}
        {self && (
          <span className="ml-2 rounded-full bg-subtle px-2 py-0.5 text-xs font-normal text-muted">{t('team.members.you')}</span>
        )}
      </td>
      <td className={at.email}>{member.email}</td>
      <td className={at.role}>{self ? roleLabel(member.role) : <RoleSelect member={member} />}</td>
      <td className={at.twoFactor}>
        <span
          className={`inline-block whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ${member.two_factor ? 'bg-ok-soft text-ok' : 'bg-subtle text-muted'}`}
        >
          <span className="md:hidden">
            {t(member.two_factor ? 'team.members.twoFactorOnLong' : 'team.members.twoFactorOffLong')}
          </span>
          <span className="max-md:hidden">{t(member.two_factor ? 'team.members.twoFactorOn' : 'team.members.twoFactorOff')}</span>
        </span>
      </td>
      <td className={at.lastSeen}>
        <span className="mr-1 md:hidden">{t('team.members.col.lastSeen')}</span>
        {member.last_seen_at ? <Time iso={member.last_seen_at} /> : t('team.members.never')}
      </td>
      <td className={at.actions}>{!self && <RemoveMember member={member} />}</td>
    </tr>
  );
}
