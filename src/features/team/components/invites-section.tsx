import type { Invite } from '@contract/workspace';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { revokeInvite, teamQueries } from '@/api/team';
import { Button } from '@/components/ui/button';
import { ErrorPanel } from '@/components/ui/error-panel';
import { Skeleton } from '@/components/ui/skeleton';
import { Time } from '@/components/ui/time';
import { useErrorMessage } from '@/lib/i18n/use-error-message';
import { useRoleLabel } from '@/lib/i18n/use-role-label';
import { useT } from '@/lib/i18n/use-t';
import { useFormat } from '@/lib/use-format';
import { useMemberName } from '../use-member-names';
import { InviteForm } from './invite-form';
import { TeamSection } from './team-section';

/** Invitation links not used yet (nor expired or revoked), and the form that makes a new one. */
export function InvitesSection() {
  const t = useT();
  const invites = useQuery(teamQueries.invites());
  return (
    <TeamSection title={t('team.invites.title')} intro={t('team.invites.intro')}>
      <InviteForm />
      <h3 className="pt-2 text-sm font-semibold">{t('team.invites.pending')}</h3>
      {invites.isPending ? (
        <Skeleton className="h-10" />
      ) : invites.isError ? (
        <ErrorPanel error={invites.error} onRetry={() => void invites.refetch()} title={t('team.invites.loadError')} />
      ) : invites.data.length === 0 ? (
        <p className="text-sm text-muted">{t('team.invites.none')}</p>
      ) : (
        <ul aria-label={t('team.invites.pending')} className="divide-y divide-line rounded-lg border border-line">
          {invites.data.map((invite) => (
            <PendingInvite key={invite.id} invite={invite} />
          ))}
        </ul>
      )}
    </TeamSection>
  );
}

function PendingInvite({ invite }: { invite: Invite }) {
  const t = useT();
  const roleLabel = useRoleLabel();
  const nameOf = useMemberName();
  const f = useFormat();
  const errorText = useErrorMessage();
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: () => revokeInvite(invite.id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: teamQueries.invites().queryKey }),
  });
  return (
    <li data-testid="invite-row" className="flex flex-wrap items-center gap-x-4 gap-y-1 px-3 py-2 text-sm">
      <span className="font-medium">{roleLabel(invite.role)}</span>
      <span className="text-muted">
        {t('team.invites.expires')} <Time iso={invite.expires_at} />
      </span>
      <span className="text-muted">{t('team.invites.createdBy', { name: nameOf(invite.created_by) ?? '' })}</span>
      <Button
        variant="secondary"
        className="ml-auto px-2 py-1"
        disabled={revoke.isPending}
        onClick={() => revoke.mutate()}
        aria-label={t('team.invites.revokeLabel', { role: roleLabel(invite.role), expires: f.dateTime(invite.expires_at) })}
      >
        {t('team.invites.revoke')}
      </Button>
      {revoke.isError && (
        <p role="alert" className="w-full text-xs text-bad">
          {errorText(revoke.error)}
        </p>
      )}
    </li>
  );
}
