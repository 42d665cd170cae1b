import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { ErrorPanel } from './error-panel';

/** The router's error element: no page can go blank; the partner always has a way back. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <main className="mx-auto max-w-xl p-6">
      {notFound ? (
        <h1 className="text-xl font-semibold">Page not found</h1>
      ) : (
        <ErrorPanel title="This page hit an unexpected error" error={error} onRetry={() => window.location.reload()} />
      )}
      <Link to="/orders" className="mt-4 inline-block text-brand-600 underline dark:text-brand-50">
        Back to orders
      </Link>
    </main>
  );
}
