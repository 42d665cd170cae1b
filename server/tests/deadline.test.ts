import { describe, expect, it } from 'vitest';
import { deadline } from '../lib/deadline';

describe('deadline', () => {
  it('aborts with a TimeoutError once the time is up, not before', async () => {
    const signal = deadline(30);
    expect(signal.aborted).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(signal.aborted).toBe(false);
    await new Promise((resolve) => signal.addEventListener('abort', resolve));
    expect((signal.reason as DOMException).name).toBe('TimeoutError');
  });

  it('follows any source signal, with its reason, and starts aborted after an aborted source', () => {
    const first = new AbortController();
    const second = new AbortController();
    const signal = deadline(10_000, first.signal, undefined, second.signal);
    second.abort('went away');
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBe('went away');
    const late = deadline(10_000, AbortSignal.abort('already'));
    expect(late.aborted).toBe(true);
    expect(late.reason).toBe('already');
  });

  it('fires on time with nobody listening, while the caller only polls it', async () => {
    const seen: boolean[] = [];
    const make = () => {
      const signal = deadline(20, new AbortController().signal);
      setTimeout(() => seen.push(signal.aborted), 60);
    };
    make();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen).toEqual([true]);
  });
});
