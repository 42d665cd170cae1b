import { TeamPage } from '@/features/team/components/team-page';
import { useT } from '@/lib/i18n/use-t';
import { useCan } from '@/lib/permissions';
import { OwnerOnly } from '../shell/owner-only';

export default function Route() {
  const t = useT();
  return useCan('workspace.manage') ? <TeamPage /> : <OwnerOnly title={t('team.title')} />;
}
