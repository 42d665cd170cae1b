import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { teamQueries } from '@/api/team';

/**
 * A member's name for an id the server hands over ("created by", "changed by"); the text itself when it is
 * no member's id (already a name, or a member since removed).
 */
export function useMemberName(): (idOrName: string | null | undefined) => string | undefined {
  const members = useQuery(teamQueries.members()).data;
  return useCallback(
    (idOrName) => (idOrName ? (members?.find((member) => member.id === idOrName)?.name ?? idOrName) : undefined),
    [members],
  );
}
