import { ContractError, errorMessage } from '@/lib/api-errors';
import { isDev } from '@/lib/env';
import { Button } from './button';

/** An error in place of content, with a way out. Contract details are shown in development only. */
export function ErrorPanel({
  error,
  onRetry,
  title = 'Could not load this',
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}) {
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm dark:border-red-900 dark:bg-red-950">
      <p className="font-medium text-red-800 dark:text-red-300">{title}</p>
      <p className="mt-1 text-red-700 dark:text-red-400">{errorMessage(error)}</p>
      {error instanceof ContractError && isDev && <pre className="mt-2 whitespace-pre-wrap text-xs">{error.details}</pre>}
      {onRetry && (
        <Button variant="secondary" className="mt-3" onClick={onRetry}>
          Try again
        </Button>
      )}
    </div>
  );
}
