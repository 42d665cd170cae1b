import type { Member } from '@contract';
import { useRoleLabel } from '@/lib/i18n/use-role-label';
import { useT } from '@/lib/i18n/use-t';
import { AccountCard } from './account-card';

/** Name, email and role (what the role may do, in a sentence); the owner changes roles, not the member. */
export function ProfileCard({ member }: { member: Member }) {
  const t = useT();
  const roleLabel = useRoleLabel();
  const rows = [
    [t('account.profile.name'), member.name],
    [t('account.profile.email'), member.email],
    [t('account.profile.role'), roleLabel(member.role)],
  ] as const;
  return (
    <AccountCard id="profile-heading" title={t('account.profile.title')}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-muted">{label}</dt>
            <dd className="break-all font-medium">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-muted">{t(`common.roleAbout.${member.role}`)}</p>
    </AccountCard>
  );
}
