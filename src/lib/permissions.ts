import { can, type Permission } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { sessionQueries } from '@/api/session';

/**
 * Whether the signed-in member's role may use `permission` (`can` from the contract, the table the server
 * enforces). The UI only mirrors it, hiding what a role cannot use; false while the session is unknown.
 */
export function useCan(permission: Permission): boolean {
  const role = useQuery(sessionQueries.current()).data?.member?.role;
  return role !== undefined && can(role, permission);
}
