import type { Role } from '@contract';
import { useCallback } from 'react';
import { useT } from './use-t';

/** A workspace role in words ("Operator"). */
export function useRoleLabel(): (role: Role) => string {
  const t = useT();
  return useCallback((role: Role) => t(`common.role.${role}`), [t]);
}
