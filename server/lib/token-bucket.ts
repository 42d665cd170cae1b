/**
 * Token buckets keyed by a string (API key, client address): `burst` tokens, refilled at `perSecond`.
 * `take` answers how many seconds to wait when the bucket is empty. At most `maxKeys` buckets are kept:
 * full ones are dropped first (a full bucket is the same as none), then the oldest, so a flood of new keys
 * (spoofed addresses, random key prefixes) cannot grow memory.
 */
export interface TokenBucketOptions {
  burst: number;
  perSecond: number;
  now?: () => number;
  maxKeys?: number;
}

export type TakeResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export function createTokenBuckets({ burst, perSecond, now = Date.now, maxKeys = 10_000 }: TokenBucketOptions) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refilled = (bucket: { tokens: number; at: number }, time: number) =>
    Math.min(burst, bucket.tokens + ((time - bucket.at) / 1000) * perSecond);
  const prune = (time: number) => {
    for (const [key, bucket] of buckets) if (refilled(bucket, time) >= burst) buckets.delete(key);
    // Then the oldest, down to 90 %, so a flood pays for one sweep per thousand new keys, not one per key.
    for (const key of buckets.keys()) {
      if (buckets.size < maxKeys * 0.9) break;
      buckets.delete(key);
    }
  };
  const current = (key: string, time: number) => {
    const bucket = buckets.get(key);
    if (bucket) {
      bucket.tokens = refilled(bucket, time);
      bucket.at = time;
      return bucket;
    }
    if (buckets.size >= maxKeys) prune(time);
    const fresh = { tokens: burst, at: time };
    buckets.set(key, fresh);
    return fresh;
  };
  const wait = (tokens: number) => Math.max(1, Math.ceil((1 - tokens) / perSecond));
  return {
    /** Takes a token if there is one. */
    take(key: string): TakeResult {
      const bucket = current(key, now());
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true };
      }
      return { allowed: false, retryAfterSeconds: wait(bucket.tokens) };
    },
    /** Whether a token is there, without taking it (for limits that only charge failures). */
    check(key: string): TakeResult {
      const bucket = buckets.get(key);
      if (!bucket) return { allowed: true };
      const tokens = refilled(bucket, now());
      return tokens >= 1 ? { allowed: true } : { allowed: false, retryAfterSeconds: wait(tokens) };
    },
    /** Gives back a token taken for something that, in the end, should not count. */
    refund(key: string): void {
      const bucket = buckets.get(key);
      if (bucket) bucket.tokens = Math.min(burst, bucket.tokens + 1);
    },
    get size(): number {
      return buckets.size;
    },
  };
}
