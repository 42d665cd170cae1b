import { useQuery } from '@tanstack/react-query';
import { healthQueries } from '@/api/health';
import { useT } from '@/lib/i18n/use-t';

/** A dot and a word: is the partner API answering? Checked every 30 s. */
export function HealthIndicator() {
  const t = useT();
  const health = useQuery(healthQueries.status());
  const state = health.isPending ? 'checking' : health.data?.status === 'ok' ? 'ok' : 'down';
  const color = { checking: 'bg-slate-400', ok: 'bg-emerald-500', down: 'bg-red-500' }[state];
  return (
    <span role="status" className="inline-flex items-center gap-2 text-xs text-muted" title={health.data?.version}>
      <span aria-hidden="true" className={`h-2 w-2 rounded-full ${color}`} />
      {t(`app.health.${state}`)}
    </span>
  );
}
