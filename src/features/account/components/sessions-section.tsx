import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { accountQueries, endSession } from '@/api/account';
import { ErrorPanel } from '@/components/ui/error-panel';
import { Skeleton } from '@/components/ui/skeleton';
import { useErrorMessage } from '@/lib/i18n/use-error-message';
import { useT } from '@/lib/i18n/use-t';
import { AccountCard } from './account-card';
import { SessionItem } from './session-item';

/**
 * Where I am signed in: device, address, last seen, this browser first. Ending another session signs that
 * device out at its next request; ending this browser's is signing out.
 */
export function SessionsSection() {
  const t = useT();
  const errorText = useErrorMessage();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const sessions = useQuery(accountQueries.sessions());
  const end = useMutation({
    mutationFn: ({ id }: { id: string; current: boolean }) => endSession(id),
    onSuccess: (_answer, { current }) => {
      if (current) {
        queryClient.clear();
        void navigate('/sign-in', { replace: true });
      } else void queryClient.invalidateQueries({ queryKey: accountQueries.sessions().queryKey });
    },
  });
  const list = [...(sessions.data ?? [])].sort((a, b) => Number(b.current) - Number(a.current));
  return (
    <AccountCard id="sessions-heading" title={t('account.sessions.title')}>
      {sessions.isPending ? (
        <div role="status" aria-busy="true" aria-label={t('account.sessions.loading')} className="space-y-2">
          <Skeleton className="h-14 w-full" />
          <Skeleton className="h-14 w-full" />
        </div>
      ) : sessions.isError ? (
        <ErrorPanel error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : (
        <ul className="divide-y divide-line">
          {list.map((session) => (
            <SessionItem
              key={session.id}
              session={session}
              busy={end.isPending && end.variables?.id === session.id}
              onEnd={() => end.mutate({ id: session.id, current: session.current })}
            />
          ))}
        </ul>
      )}
      {end.isError && (
        <p role="alert" className="text-sm text-bad">
          {errorText(end.error)}
        </p>
      )}
    </AccountCard>
  );
}
