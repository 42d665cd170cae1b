import { useQuery } from '@tanstack/react-query';
import { sessionQueries } from '@/api/session';
import { teamQueries } from '@/api/team';
import { ErrorPanel } from '@/components/ui/error-panel';
import { Skeleton } from '@/components/ui/skeleton';
import { useT } from '@/lib/i18n/use-t';
import { MemberRow } from './member-row';
import { TeamSection } from './team-section';

// A table from 768 px; below, the same rows lay out as cards (one grid per row), as the orders list does.
const tableClass = 'w-full text-sm max-md:block md:[&_td]:px-3 md:[&_td]:py-2 [&_th]:px-3 [&_th]:py-2 [&_th]:text-left';
const bodyClass = 'max-md:grid max-md:gap-2 md:divide-y md:divide-line';

export function MembersSection() {
  const t = useT();
  const members = useQuery(teamQueries.members());
  const me = useQuery(sessionQueries.current()).data?.member?.id;
  return (
    <TeamSection title={t('team.members.title')} intro={t('team.members.intro')}>
      {members.isPending ? (
        <div role="status" aria-busy="true" aria-label={t('team.members.loading')} className="space-y-2">
          <Skeleton className="h-10" />
          <Skeleton className="h-10" />
        </div>
      ) : members.isError ? (
        <ErrorPanel error={members.error} onRetry={() => void members.refetch()} title={t('team.members.loadError')} />
      ) : (
        <div className="md:overflow-x-auto md:rounded-lg md:border md:border-line">
          <table className={tableClass}>
            <caption className="sr-only">{t('team.members.title')}</caption>
            <thead className="bg-subtle font-medium max-md:hidden">
              <tr>
                <th scope="col">{t('team.members.col.name')}</th>
                <th scope="col">{t('team.members.col.email')}</th>
                <th scope="col">{t('team.members.col.role')}</th>
                <th scope="col">{t('team.members.col.twoFactor')}</th>
                <th scope="col">{t('team.members.col.lastSeen')}</th>
                <th scope="col">
                  <span className="sr-only">{t('team.members.col.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody className={bodyClass}>
              {members.data.map((member) => (
                <MemberRow key={member.id} member={member} self={member.id === me} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </TeamSection>
  );
}
