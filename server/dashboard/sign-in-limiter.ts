import { createTokenBuckets, type TakeResult } from '../lib/token-bucket';

/**
 * Slows down guessing: failed sign-ins are counted per client address and per key prefix (the first
 * characters after `osk_`), each allowed `perMinute` failures before it must wait. Successful sign-ins
 * cost nothing, so one attacker hammering from one address (or at one key) never locks out a partner
 * signing in from elsewhere with their own key. Both maps are bounded.
 */
export function createSignInLimiter({ perMinute, now }: { perMinute: number; now?: () => number }) {
  const options = { burst: perMinute, perSecond: perMinute / 60, now, maxKeys: 10_000 };
  const byAddress = createTokenBuckets(options);
  const byPrefix = createTokenBuckets(options);
  const prefixOf = (key: string) => key.slice(0, 10);
  return {
    /**
     * Takes a token from both budgets before the key is checked, so parallel guesses cannot all pass the
     * check before the first failure is counted; `succeeded` gives them back.
     */
    attempt(address: string, key: string): TakeResult {
      const byAddr = byAddress.check(address);
      const prefix = prefixOf(key);
      const refused = byAddr.allowed ? byPrefix.check(prefix) : byAddr;
      if (!refused.allowed) return refused;
      byAddress.take(address);
      byPrefix.take(prefix);
      return { allowed: true };
    },
    /** The attempt did not fail on the key (signed in, or the upstream could not answer): it costs nothing. */
    settled(address: string, key: string): void {
      byAddress.refund(address);
      byPrefix.refund(prefixOf(key));
    },
    get size(): number {
      return byAddress.size + byPrefix.size;
    },
  };
}
