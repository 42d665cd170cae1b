import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** The socket's peer address; 'local' for in-process requests (tests), which have no socket. */
function peerAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'local';
  } catch {
    return 'local';
  }
}

/**
 * The address a request came from, for rate limits: the socket's peer. `X-Forwarded-For` is believed only
 * when that peer is a proxy named in `TRUST_PROXY`, and then only up to the first address it did not add
 * itself (the right-most entry not in the trusted list): a client cannot choose its own bucket.
 */
export function clientAddress(c: Context, trustedProxies: ReadonlySet<string>): string {
  const socket = peerAddress(c);
  if (!trustedProxies.has(socket)) return socket;
  const chain = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  for (let i = chain.length - 1; i >= 0; i -= 1) {
    const hop = chain[i];
    if (hop && !trustedProxies.has(hop)) return hop;
  }
  return socket;
}

/** Whether the client reached us over https: directly, or as a trusted proxy says. */
export function viaHttps(c: Context, trustedProxies: ReadonlySet<string>): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return trustedProxies.has(peerAddress(c)) && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}
