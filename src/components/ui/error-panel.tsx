import { ContractError } from '@/lib/api-errors';
import { isDev } from '@/lib/env';
import { useErrorMessage } from '@/lib/i18n/use-error-message';
import { useT } from '@/lib/i18n/use-t';
import { Button } from './button';

/** An error in place of content, with a way out. Contract details are shown in development only. */
export function ErrorPanel({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const errorText = useErrorMessage();
  const t = useT();
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm dark:border-red-900 dark:bg-red-950">
      <p className="font-medium text-red-800 dark:text-red-300">{title ?? t('common.couldNotLoad')}</p>
      <p className="mt-1 text-red-700 dark:text-red-400">{errorText(error)}</p>
      {error instanceof ContractError && isDev && <pre className="mt-2 whitespace-pre-wrap text-xs">{error.details}</pre>}
      {onRetry && (
        <Button variant="secondary" className="mt-3" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </div>
  );
}
