import { INVITE_TOKEN_PATTERN } from '@contract/workspace';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { inviteQueries } from '@/api/invites';
import { ErrorPanel } from '@/components/ui/error-panel';
import { PageSkeleton } from '@/components/ui/skeleton';
import { Time } from '@/components/ui/time';
import { ApiError } from '@/lib/api-errors';
import { useRoleLabel } from '@/lib/i18n/use-role-label';
import { useT } from '@/lib/i18n/use-t';
import { useSessionStart } from '../use-session-start';
import { JoinForm } from './join-form';
import { PublicShell } from './public-shell';

/**
 * `/join#<token>`: the invitation's token stays in the fragment (never sent in a URL, so never in a
 * server log). Says who invited and with which role, then name, email and password → signed in.
 */
export function JoinPage() {
  const t = useT();
  const roleLabel = useRoleLabel();
  const token = useLocation().hash.replace(/^#/, '');
  const wellFormed = INVITE_TOKEN_PATTERN.test(token);
  const invite = useQuery({ ...inviteQueries.check(token), enabled: wellFormed });
  const start = useSessionStart('/orders');
  const gone = !wellFormed || (invite.error instanceof ApiError && invite.error.status === 404);

  if (gone) return <InviteGone />;
  return (
    <PublicShell title={t('session.join.title')}>
      {invite.isPending ? (
        <PageSkeleton label={t('session.join.checking')} rows={3} />
      ) : invite.isError ? (
        <ErrorPanel error={invite.error} onRetry={() => void invite.refetch()} />
      ) : (
        <>
          <div className="space-y-1 rounded-lg border border-line bg-surface p-4 text-sm">
            <p>{t('session.join.invited', { name: invite.data.invited_by, role: roleLabel(invite.data.role) })}</p>
            <p className="text-muted">{t(`common.roleAbout.${invite.data.role}`)}</p>
            <p className="text-muted">
              {t('session.join.until')} <Time iso={invite.data.expires_at} />
            </p>
          </div>
          <JoinForm token={token} onJoined={start} />
        </>
      )}
    </PublicShell>
  );
}

function InviteGone() {
  const t = useT();
  return (
    <PublicShell title={t('session.join.goneTitle')}>
      <p>{t('session.join.gone')}</p>
      <Link to="/sign-in" className="self-start rounded-md bg-accent px-3 py-2 text-sm font-medium text-on-accent">
        {t('session.join.toSignIn')}
      </Link>
    </PublicShell>
  );
}
