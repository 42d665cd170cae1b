import { lazy, Suspense } from 'react';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { PageHeading } from '@/components/ui/page-heading';
import { PageSkeleton } from '@/components/ui/skeleton';
import { RequireSession } from '@/features/session/components/require-session';
import { useT } from '@/lib/i18n/use-t';
import { Layout } from './layout';
import { OrdersRoute } from './pages/orders-route';

// Only the orders list ships in the first chunk; every other page loads when first visited.
const SignInRoute = lazy(() => import('./pages/sign-in-route'));
const JoinRoute = lazy(() => import('./pages/join-route'));
const AccountRoute = lazy(() => import('./pages/account-route'));
const NewOrderRoute = lazy(() => import('./pages/new-order-route'));
const OrderRoute = lazy(() => import('./pages/order-route'));
const StatsRoute = lazy(() => import('./pages/stats-route'));
const BalanceRoute = lazy(() => import('./pages/balance-route'));
const TeamRoute = lazy(() => import('./pages/team-route'));
const AuditRoute = lazy(() => import('./pages/audit-route'));
const BulkRoute = lazy(() => import('./pages/bulk-route'));
const BulkJobRoute = lazy(() => import('./pages/bulk-job-route'));

function PageLoading() {
  const t = useT();
  return (
    <div className="mx-auto max-w-7xl p-6">
      <PageSkeleton label={t('app.loadingPage')} />
    </div>
  );
}

export function AppRoutes() {
  const location = useLocation();
  return (
    <ErrorBoundary resetKey={location.pathname}>
      <Suspense fallback={<PageLoading />}>
        <Routes>
          <Route path="/sign-in" element={<SignInRoute />} />
          <Route path="/join" element={<JoinRoute />} />
          <Route
            element={
              <RequireSession>
                <Layout />
              </RequireSession>
            }
          >
            <Route index element={<Navigate to="/orders" replace />} />
            <Route path="orders" element={<OrdersRoute />} />
            <Route path="orders/new" element={<NewOrderRoute />} />
            <Route path="orders/bulk" element={<BulkRoute />} />
            <Route path="orders/bulk/:id" element={<BulkJobRoute />} />
            <Route path="orders/:id" element={<OrderRoute />} />
            <Route path="stats" element={<StatsRoute />} />
            <Route path="balance" element={<BalanceRoute />} />
            <Route path="account" element={<AccountRoute />} />
            <Route path="team" element={<TeamRoute />} />
            <Route path="audit" element={<AuditRoute />} />
            <Route path="*" element={<NotFound />} />
          </Route>
        </Routes>
      </Suspense>
    </ErrorBoundary>
  );
}

function NotFound() {
  const t = useT();
  return (
    <div className="space-y-3">
      <PageHeading title={t('app.notFound.title')} />
      <p className="text-sm text-muted">{t('app.notFound.body')}</p>
      <Link to="/orders" className="inline-block rounded-md bg-accent px-3 py-2 text-sm font-medium text-on-accent">
        {t('app.notFound.back')}
      </Link>
    </div>
  );
}
