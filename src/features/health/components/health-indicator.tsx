import { useQuery } from '@tanstack/react-query';
import { healthQueries } from '@/api/health';

/** A dot and a word: is the partner API answering? Checked every 30 s. */
export function HealthIndicator() {
  const health = useQuery(healthQueries.status());
  const state = health.isPending ? 'checking' : health.data?.status === 'ok' ? 'ok' : 'down';
  const label = { checking: 'Checking service…', ok: 'Service OK', down: 'Service unreachable' }[state];
  const color = { checking: 'bg-slate-400', ok: 'bg-emerald-500', down: 'bg-red-500' }[state];
  return (
    <span
      role="status"
      className="inline-flex items-center gap-2 text-xs text-slate-600 dark:text-slate-300"
      title={health.data?.version}
    >
      <span aria-hidden="true" className={`h-2 w-2 rounded-full ${color}`} />
      {label}
    </span>
  );
}
