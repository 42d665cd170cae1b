import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { RequireSession } from '@/features/session/components/require-session';
import { SignInPage } from '@/features/session/components/sign-in-page';
import { Layout } from './layout';
import { OrdersRoute } from './pages/orders-route';

// Only the orders list ships in the first chunk; every other page loads when first visited.
const NewOrderRoute = lazy(() => import('./pages/new-order-route'));
const OrderRoute = lazy(() => import('./pages/order-route'));
const StatsRoute = lazy(() => import('./pages/stats-route'));
const BalanceRoute = lazy(() => import('./pages/balance-route'));

function PageLoading() {
  return <p className="text-sm text-slate-600 dark:text-slate-400">Loading…</p>;
}

export function AppRoutes() {
  const location = useLocation();
  return (
    <ErrorBoundary resetKey={location.pathname}>
      <Suspense fallback={<PageLoading />}>
        <Routes>
          <Route path="/sign-in" element={<SignInPage />} />
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
            <Route path="orders/:id" element={<OrderRoute />} />
            <Route path="stats" element={<StatsRoute />} />
            <Route path="balance" element={<BalanceRoute />} />
            <Route path="*" element={<NotFound />} />
          </Route>
        </Routes>
      </Suspense>
    </ErrorBoundary>
  );
}

function NotFound() {
  return (
    <div>
      <h1 className="text-xl font-semibold">Page not found</h1>
      <p className="mt-2 text-sm">This address does not match any page of the dashboard.</p>
    </div>
  );
}
