import { describe, expect, it } from 'vitest';
import { createPacer, mapPool } from './concurrency';

describe('mapPool', () => {
  it('keeps the order of results and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const release: (() => void)[] = [];
    const done = mapPool([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise<void>((resolve) => release.push(resolve));
      running -= 1;
      return item * 10;
    });
    // Release the held items one by one, whatever order they were taken in.
    while (release.length > 0 || running > 0) {
      await Promise.resolve();
      release.shift()?.();
    }
    expect(await done).toEqual([10, 20, 30, 40, 50, 60, 70]);
    expect(most).toBe(3);
  });

  it('takes nothing new after the signal aborts', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const run = mapPool(
      [1, 2, 3, 4],
      1,
      async (item) => {
        seen.push(item);
        if (item === 2) controller.abort();
      },
      controller.signal,
    );
    await expect(run).rejects.toThrow();
    expect(seen).toEqual([1, 2]);
  });

  it('handles no items', async () => {
    expect(await mapPool([], 4, async () => 1)).toEqual([]);
  });
});

describe('createPacer', () => {
  it('spaces starts evenly at the rate, on a manual clock', async () => {
    let clock = 1000;
    const waits: number[] = [];
    const pacer = createPacer(
      10,
      () => clock,
      async (ms) => {
        waits.push(ms);
        clock += ms;
      },
    );
    const starts: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      await pacer.take();
      starts.push(clock);
    }
    expect(starts).toEqual([1000, 1100, 1200, 1300, 1400]);
    expect(waits).toEqual([100, 100, 100, 100]);
  });

  it('does not wait when requests are already slower than the rate', async () => {
    let clock = 0;
    const waits: number[] = [];
    const pacer = createPacer(
      4,
      () => clock,
      async (ms) => {
        waits.push(ms);
      },
    );
    await pacer.take();
    clock += 1000;
    await pacer.take();
    expect(waits).toEqual([]);
  });
});
