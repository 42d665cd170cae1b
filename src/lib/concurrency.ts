/**
 * Runs `work` on every item, at most `limit` at a time, and returns the results in the items' order.
 * Stops taking new items once `signal` aborts (work already started finishes or aborts by itself).
 */
export async function mapPool<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
  signal?: AbortSignal,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      signal?.throwIfAborted();
      const index = next++;
      results[index] = await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

export interface Pacer {
  /** Resolves when one more request may start without exceeding the rate. */
  take(signal?: AbortSignal): Promise<void>;
}

/**
 * At most `perSecond` starts in any second, evenly spaced (no burst): what a browser tab should take of a
 * partner's rate limit that other people and the server's jobs share. `now` and `wait` are injectable for tests.
 */
export function createPacer(
  perSecond: number,
  now: () => number = Date.now,
  wait: (ms: number, signal?: AbortSignal) => Promise<void> = delay,
): Pacer {
  const gap = 1000 / perSecond;
  let nextStart = Number.NEGATIVE_INFINITY;
  return {
    async take(signal) {
      const at = Math.max(now(), nextStart);
      nextStart = at + gap;
      const ms = at - now();
      if (ms > 0) await wait(ms, signal);
      signal?.throwIfAborted();
    },
  };
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
