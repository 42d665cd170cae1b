import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { Link } from 'react-router';
import { sessionQueries } from '@/api/session';
import { setTwoFactorRequired, teamQueries } from '@/api/team';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiError } from '@/lib/api-errors';
import { useErrorMessage } from '@/lib/i18n/use-error-message';
import { useT } from '@/lib/i18n/use-t';
import { TeamSection } from './team-section';

/**
 * "Require two-factor for everyone". The server refuses to require it while the owner has none (they would
 * lock themselves into enrolment): the page says so up front, and again if the server refuses.
 */
export function TwoFactorPolicy() {
  const t = useT();
  const errorText = useErrorMessage();
  const id = useId();
  const queryClient = useQueryClient();
  const settings = useQuery(teamQueries.settings());
  const ownerHasIt = useQuery(sessionQueries.current()).data?.member?.two_factor === true;
  const mutation = useMutation({
    mutationFn: setTwoFactorRequired,
    onSuccess: (next) => queryClient.setQueryData(teamQueries.settings().queryKey, next),
  });
  const required = mutation.isPending ? mutation.variables : settings.data?.two_factor_required === true;
  const refused = mutation.error instanceof ApiError && mutation.error.status === 409;
  const blocked = !required && !ownerHasIt;
  return (
    <TeamSection title={t('team.twoFactor.title')}>
      {settings.isPending ? (
        <Skeleton className="h-8" />
      ) : (
        <div className="space-y-2 text-sm">
          <label className="flex items-start gap-2">
            <input
              type="checkbox"
              className="mt-0.5 size-4 accent-accent"
              checked={required}
              disabled={mutation.isPending || blocked || settings.isError}
              aria-describedby={`${id}-hint`}
              onChange={(event) => mutation.mutate(event.target.checked)}
            />
            <span className="font-medium">{t('team.twoFactor.require')}</span>
          </label>
          <p id={`${id}-hint`} className="text-muted">
            {blocked ? t('team.twoFactor.ownerFirst') : t('team.twoFactor.hint')}
          </p>
          {(blocked || refused) && (
            <Link to="/account" className="inline-block text-accent underline underline-offset-2">
              {t('team.twoFactor.setUpMine')}
            </Link>
          )}
          {(mutation.isError || settings.isError) && (
            <p role="alert" className="text-bad">
              {refused ? t('team.twoFactor.refused') : errorText(mutation.error ?? settings.error)}
            </p>
          )}
        </div>
      )}
    </TeamSection>
  );
}
