/**
 * Token buckets keyed by a string (API key, client address): `burst` tokens, refilled at `perSecond`.
 * `take` answers how many seconds to wait when the bucket is empty.
 */
export interface TokenBucketOptions {
  burst: number;
  perSecond: number;
  now?: () => number;
}

export type TakeResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export function createTokenBuckets({ burst, perSecond, now = Date.now }: TokenBucketOptions) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(key: string): TakeResult {
      const time = now();
      const bucket = buckets.get(key) ?? { tokens: burst, at: time };
      bucket.tokens = Math.min(burst, bucket.tokens + ((time - bucket.at) / 1000) * perSecond);
      bucket.at = time;
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true };
      }
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond)) };
    },
  };
}
