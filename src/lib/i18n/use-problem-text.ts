import { PASSWORD_MIN } from '@contract';
import { useCallback } from 'react';
import type { Problem } from '@/lib/form-checks';
import { useT } from './use-t';

/** A field's problem as the sentence shown under it (undefined: nothing to say). */
export function useProblemText(): (problem: Problem | undefined) => string | undefined {
  const t = useT();
  return useCallback(
    (problem: Problem | undefined) => (problem === undefined ? undefined : t(`common.field.${problem}`, { min: PASSWORD_MIN })),
    [t],
  );
}
