import { useQuery } from '@tanstack/react-query';
import { healthQueries } from '@/api/health';
import { useT } from '@/lib/i18n/use-t';

/** One banner for the whole app while the partner API does not answer, instead of an error per widget. */
export function OutageBanner() {
  const t = useT();
  const health = useQuery(healthQueries.status());
  const down = health.isError || (health.data !== undefined && health.data.status !== 'ok');
  if (!down) return null;
  return (
    <div role="alert" className="border-b border-line bg-bad-soft">
      <p className="mx-auto max-w-7xl px-4 py-2 text-sm text-bad">{t('app.outage')}</p>
    </div>
  );
}
