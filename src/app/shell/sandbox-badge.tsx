import { useQuery } from '@tanstack/react-query';
import { sessionQueries } from '@/api/session';
import { useT } from '@/lib/i18n/use-t';

/** Always in sight on a sandbox dashboard: nothing here moves real TON. */
export function SandboxBadge() {
  const t = useT();
  const session = useQuery(sessionQueries.current());
  if (session.data?.mode !== 'sandbox') return null;
  return (
    <span
      title={t('app.sandboxHint')}
      className="rounded-full border border-line bg-warn-soft px-2 py-0.5 text-xs font-semibold uppercase tracking-wide text-warn"
    >
      {t('app.sandbox')}
      <span className="sr-only"> — {t('app.sandboxHint')}</span>
    </span>
  );
}
