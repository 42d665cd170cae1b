import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-errors';
import { createQueryClient } from './query-client';

describe('the QueryClient’s reactions to errors', () => {
  const refused = () => Promise.reject(new ApiError(401, 'UNAUTHORIZED', 'no'));

  it('treats a 401 as the end of the session', async () => {
    const onUnauthorized = vi.fn();
    const client = createQueryClient(onUnauthorized);
    await expect(
      client.getMutationCache().build(client, { mutationFn: refused, retry: false }).execute(undefined),
    ).rejects.toThrow();
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('leaves the session alone when a mutation checks a credential (a 401 means the partner key typed was refused)', async () => {
    const onUnauthorized = vi.fn();
    const client = createQueryClient(onUnauthorized);
    const mutation = client.getMutationCache().build(client, {
      mutationFn: refused,
      retry: false,
      meta: { credentialCheck: true },
    });
    await expect(mutation.execute(undefined)).rejects.toThrow();
    expect(onUnauthorized).not.toHaveBeenCalled();
  });
});
