import { useCallback } from 'react';
import { errorMessage } from '@/lib/api-errors';
import { useT } from './use-t';

/** `errorMessage` in the partner's language. */
export function useErrorMessage(): (error: unknown) => string {
  const t = useT();
  return useCallback((error: unknown) => errorMessage(error, t), [t]);
}
