import { StatsPage } from '@/features/stats/components/stats-page';

export default function Route() {
  return <StatsPage />;
}
