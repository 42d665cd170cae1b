import { describe, expect, it } from 'vitest';
import { createSessionStore } from '../dashboard/sessions';

describe('session store', () => {
  it('keeps the key server-side behind a random id, ends idle sessions, and prunes them', () => {
    let now = 0;
    const store = createSessionStore({ idleMs: 1000, now: () => now });
    const id = store.create('osk_key_one_000000');
    expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(id).not.toContain('osk_');
    now = 900;
    expect(store.keyFor(id)).toBe('osk_key_one_000000'); // use refreshes the idle timer
    now = 1800;
    expect(store.keyFor(id)).toBe('osk_key_one_000000');
    now = 2801;
    expect(store.keyFor(id)).toBeUndefined();
    for (let i = 0; i < 1000; i += 1) store.create(`osk_key_${i}_00000000`);
    now = 5000;
    store.create('osk_key_new_0000000');
    expect(store.size).toBe(1);
    store.destroy(undefined);
    expect(store.keyFor(undefined)).toBeUndefined();
  });
});
