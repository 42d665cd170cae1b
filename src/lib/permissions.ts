import { can, type Member, type Permission } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { sessionQueries } from '@/api/session';

/** The signed-in member, from the session query (undefined while it loads or when signed out). */
export function useMember(): Member | undefined {
  return useQuery(sessionQueries.current()).data?.member ?? undefined;
}

/**
 * Whether the signed-in member's role allows `permission` — the UI only mirrors the server, which
 * refuses anyway; unknown (loading, signed out) means no.
 */
export function useCan(permission: Permission): boolean {
  const member = useMember();
  return member ? can(member.role, permission) : false;
}
