import { createBrowserRouter, Navigate } from 'react-router';
import { RouteErrorBoundary } from '@/components/ui/error-boundary';
import { OrdersPage } from '@/features/orders/components/orders-page';
import { RequireSession } from '@/features/session/components/require-session';
import { SignInPage } from '@/features/session/components/sign-in-page';
import { Layout } from './layout';

/** Routes compose features; pages beyond the orders list load on demand. */
export function createRouter() {
  return createBrowserRouter([
    { path: '/sign-in', element: <SignInPage />, errorElement: <RouteErrorBoundary /> },
    {
      path: '/',
      element: (
        <RequireSession>
          <Layout />
        </RequireSession>
      ),
      errorElement: <RouteErrorBoundary />,
      children: [
        {
          errorElement: <RouteErrorBoundary />,
          children: [
            { index: true, element: <Navigate to="/orders" replace /> },
            { path: 'orders', element: <OrdersPage /> },
            { path: 'orders/new', lazy: () => import('./pages/upcoming-page').then((m) => ({ Component: m.NewOrderRoute })) },
            { path: 'orders/:id', lazy: () => import('./pages/upcoming-page').then((m) => ({ Component: m.OrderRoute })) },
            { path: 'stats', lazy: () => import('./pages/upcoming-page').then((m) => ({ Component: m.StatsRoute })) },
            { path: 'balance', lazy: () => import('./pages/upcoming-page').then((m) => ({ Component: m.BalanceRoute })) },
            { path: '*', element: <NotFound /> },
          ],
        },
      ],
    },
  ]);
}

function NotFound() {
  return (
    <div>
      <h1 className="text-xl font-semibold">Page not found</h1>
      <p className="mt-2 text-sm">This address does not match any page of the dashboard.</p>
    </div>
  );
}
