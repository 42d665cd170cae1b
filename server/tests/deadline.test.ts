import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deadline } from '../lib/deadline';

describe('deadline', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('aborts with a TimeoutError once the time is up, not before', () => {
    const signal = deadline(30);
    vi.advanceTimersByTime(29);
    expect(signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBeInstanceOf(DOMException);
    expect(signal.reason).toHaveProperty('name', 'TimeoutError');
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

  it('fires on time with nobody listening, while the caller only polls it', () => {
    const seen: boolean[] = [];
    const signal = deadline(20, new AbortController().signal);
    setTimeout(() => seen.push(signal.aborted), 60);
    vi.advanceTimersByTime(100);
    expect(seen).toEqual([true]);
  });

  it('stops its timer once a source aborts first', () => {
    const source = new AbortController();
    deadline(50, source.signal);
    expect(vi.getTimerCount()).toBe(1);
    source.abort();
    expect(vi.getTimerCount()).toBe(0);
  });
});
