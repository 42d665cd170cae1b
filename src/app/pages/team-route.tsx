import { TeamPage } from '@/features/team/components/team-page';
import { useCan } from '@/lib/permissions';
import { NotAllowed } from '../shell/not-allowed';

export default function Route() {
  if (!useCan('workspace.manage')) return <NotAllowed page="app.nav.team" reason="app.notAllowed.ownerOnly" />;
  return <TeamPage />;
}
