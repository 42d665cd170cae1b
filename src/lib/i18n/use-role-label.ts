import { ROLES, type Role } from '@contract';
import { useCallback } from 'react';
import { useT } from './use-t';

function isRole(role: string): role is Role {
  return (ROLES as readonly string[]).includes(role);
}

/** A role in words ("Operator"), for the team page, the audit log and the account; an unknown one as sent. */
export function useRoleLabel(): (role: string) => string {
  const t = useT();
  return useCallback((role: string) => (isRole(role) ? t(`common.role.${role}`) : role), [t]);
}
