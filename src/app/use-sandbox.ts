import { useQuery } from '@tanstack/react-query';
import { sessionQueries } from '@/api/session';

/** The dashboard runs on its embedded sandbox: payments may go to the simulated chain instead of a wallet. */
export function useSandbox(): boolean {
  return useQuery(sessionQueries.current()).data?.mode === 'sandbox';
}
