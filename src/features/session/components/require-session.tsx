import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { sessionQueries } from '@/api/session';
import { ErrorPanel } from '@/components/ui/error-panel';
import { PageSkeleton } from '@/components/ui/skeleton';
import { useT } from '@/lib/i18n/use-t';

/** Where a member must go while the owner requires two-factor and they have none yet. */
export const ENROLMENT_PATH = '/account';

/**
 * Shows its children only to a signed-in member; otherwise sends the browser to sign-in, remembering
 * where it was. A member who must set up two-factor first is kept on the account page.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const t = useT();
  const session = useQuery(sessionQueries.current());
  const location = useLocation();
  if (session.isPending) {
    return (
      <div className="mx-auto max-w-7xl p-6">
        <PageSkeleton label={t('session.checking')} />
      </div>
    );
  }
  if (session.isError) return <ErrorPanel error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data.authenticated) {
    const next = location.pathname + location.search;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  if (session.data.two_factor_enrolment_required && location.pathname !== ENROLMENT_PATH) {
    return <Navigate to={ENROLMENT_PATH} replace />;
  }
  return children;
}
