import { useCallback } from 'react';
import { useErrorMessage } from '@/lib/i18n/use-error-message';
import { useT } from '@/lib/i18n/use-t';
import { waitSeconds } from './refusal';

/** A refusal in words; a rate limit says how long to wait when the server said so. */
export function useRefusalText(): (error: unknown) => string {
  const t = useT();
  const errorText = useErrorMessage();
  return useCallback(
    (error: unknown) => {
      const seconds = waitSeconds(error);
      return seconds === undefined
        ? errorText(error)
        : t('session.error.rateLimited', { seconds: Math.max(1, Math.ceil(seconds)) });
    },
    [t, errorText],
  );
}
