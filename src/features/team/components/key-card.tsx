import { useQuery } from '@tanstack/react-query';
import { teamQueries } from '@/api/team';
import { ErrorPanel } from '@/components/ui/error-panel';
import { Skeleton } from '@/components/ui/skeleton';
import { Time } from '@/components/ui/time';
import { useT } from '@/lib/i18n/use-t';
import { useMemberName } from '../use-member-names';
import { ReplaceKey } from './replace-key';
import { TeamSection } from './team-section';

/** The partner key as the server shows it (masked: it never leaves the server), who changed it last, Replace. */
export function KeyCard() {
  const t = useT();
  const key = useQuery(teamQueries.key());
  const nameOf = useMemberName();
  return (
    <TeamSection title={t('team.key.title')} intro={t('team.key.intro')}>
      {key.isPending ? (
        <Skeleton className="h-14" />
      ) : key.isError ? (
        <ErrorPanel error={key.error} onRetry={() => void key.refetch()} title={t('team.key.loadError')} />
      ) : (
        <>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-muted">{t('team.key.current')}</dt>
            <dd data-testid="masked-key" className="font-mono">
              {key.data.masked}
            </dd>
            <dt className="text-muted">{t('team.key.changed')}</dt>
            <dd>
              <Time iso={key.data.updated_at} />
              {key.data.updated_by && ` · ${nameOf(key.data.updated_by)}`}
            </dd>
          </dl>
          <ReplaceKey />
        </>
      )}
    </TeamSection>
  );
}
