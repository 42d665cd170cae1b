import type { MiddlewareHandler } from 'hono';
import { errorBody } from '../../contract/envelope';

/** Where the dashboard is reached: the hosts it answers for and the origins its pages run on. */
export interface KnownOrigins {
  /** `host:port`, lower case, as the Host header (or the URL the server was asked for) names it. */
  hosts: ReadonlySet<string>;
  /** `scheme://host:port` a browser sends as Origin from our own pages. */
  origins: ReadonlySet<string>;
}

const LOOPBACK = ['127.0.0.1', 'localhost', '[::1]'];

/**
 * The listening host:port (every loopback spelling when bound to loopback or all interfaces) plus what
 * `PUBLIC_URL` names. Anything else is refused before any handler: a DNS-rebinding page on another name
 * never reaches sessions or the proxy, and CSRF compares Origin with these, never with the Host header.
 */
export function knownOrigins(listen: { host: string; port: number }, publicUrl?: string): KnownOrigins {
  const host = listen.host.includes(':') && !listen.host.startsWith('[') ? `[${listen.host}]` : listen.host;
  const names = ['0.0.0.0', '[::]', ...LOOPBACK].includes(host) ? LOOPBACK : [host];
  const hosts = new Set(names.map((name) => `${name}:${listen.port}`.toLowerCase()));
  const origins = new Set([...hosts].map((h) => `http://${h}`));
  if (publicUrl) {
    const url = new URL(publicUrl);
    hosts.add(url.host.toLowerCase());
    origins.add(url.origin.toLowerCase());
  }
  return { hosts, origins };
}

/** 421 Misdirected Request for a Host we do not serve. */
export function hostGuard(known: KnownOrigins): MiddlewareHandler {
  return async (c, next) => {
    const host = (c.req.header('host') ?? new URL(c.req.url).host).toLowerCase();
    if (!known.hosts.has(host)) {
      return c.json(errorBody('MISDIRECTED_REQUEST', 'this server does not answer for that host name'), 421);
    }
    await next();
  };
}

/** 400 for a path whose percent-encoding does not decode (`/%`, `/orders/%ff`): no handler sees it. */
export const wellFormedPath: MiddlewareHandler = async (c, next) => {
  try {
    decodeURIComponent(new URL(c.req.url).pathname);
  } catch {
    return c.json(errorBody('VALIDATION_ERROR', 'the path has malformed percent-encoding'), 400);
  }
  await next();
};
