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
    check(address: string, key: string): TakeResult {
      const address_ = byAddress.check(address);
      return address_.allowed ? byPrefix.check(prefixOf(key)) : address_;
    },
    failed(address: string, key: string): void {
      byAddress.take(address);
      byPrefix.take(prefixOf(key));
    },
    get size(): number {
      return byAddress.size + byPrefix.size;
    },
  };
}
