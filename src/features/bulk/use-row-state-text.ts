import { STARS_MAX, STARS_MIN } from '@contract';
import { useCallback } from 'react';
import { useT } from '@/lib/i18n/use-t';
import { useFormat } from '@/lib/use-format';
import { BULK_ROW_PROBLEMS, type BulkRowProblem } from '../../../contract/bulk-csv';
import type { RowState } from './preview';

const REASONS = ['USER_NOT_FOUND', 'ALREADY_PREMIUM'] as const;
const isProblem = (code: string): code is BulkRowProblem => (BULK_ROW_PROBLEMS as readonly string[]).includes(code);

/** A preview row's state in words: ready, why it is invalid, why the recipient cannot receive, whose duplicate it is. */
export function useRowStateText(): (state: RowState) => string {
  const t = useT();
  const f = useFormat();
  return useCallback(
    (state: RowState) => {
      switch (state.kind) {
        case 'ok':
          return t('bulk.state.ok');
        case 'checking':
          return t('bulk.state.checking');
        case 'duplicate':
          return t('bulk.state.duplicate', { line: state.of });
        case 'unavailable': {
          const reason = REASONS.find((known) => known === state.reason);
          return reason ? t(`bulk.reason.${reason}`) : t('bulk.state.unavailable');
        }
        case 'invalid':
          return state.problems
            .map((problem) =>
              isProblem(problem)
                ? t(`bulk.problem.${problem}`, { min: f.integer(STARS_MIN), max: f.integer(STARS_MAX) })
                : problem,
            )
            .join(' ');
      }
    },
    [t, f],
  );
}
