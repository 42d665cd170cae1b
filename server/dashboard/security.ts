import type { MiddlewareHandler } from 'hono';
import { ApiProblem } from '../lib/problem';

/**
 * A CSP without inline scripts, except those named by hash (`scriptHashes`, e.g. the server-rendered
 * page's loader). Styles may be inline: TonConnect UI and recharts set style attributes.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[] = []): string {
  return [
    "default-src 'self'",
    // The fixed hash admits only an *empty* inline handler: TonConnect UI sets body[ontouchstart=""] (an iOS :active fix).
    ["script-src 'self' 'unsafe-hashes' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='", ...scriptHashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    // Wallet icons and TonConnect's own artwork may be remote images.
    "img-src 'self' data: blob: https:",
    "font-src 'self'",
    // Wallet bridges (TonConnect) are remote https/wss endpoints chosen by the partner's wallet.
    "connect-src 'self' https: wss:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  // A page that brings its own policy (the server-rendered one: its loader's hash) keeps it.
  if (!c.res.headers.has('Content-Security-Policy')) c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('X-Frame-Options', 'DENY');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('Cross-Origin-Opener-Policy', 'same-origin');
  c.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
};

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * CSRF guard for cookie-authenticated requests: an unsafe method whose Origin (or Sec-Fetch-Site) says it
 * comes from another site is refused. Requests with no browser origin signals (curl, server-to-server)
 * pass: they cannot carry the victim's cookie.
 */
export const sameOriginForUnsafe: MiddlewareHandler = async (c, next) => {
  if (UNSAFE.has(c.req.method)) {
    const origin = c.req.header('origin');
    const site = c.req.header('sec-fetch-site');
    const own = new URL(c.req.url).origin;
    const host = c.req.header('host');
    const sameOrigin =
      origin === undefined || origin === own || (host !== undefined && origin.replace(/^https?:\/\//, '') === host);
    if (!sameOrigin || (site !== undefined && site !== 'same-origin' && site !== 'none')) {
      throw new ApiProblem('FORBIDDEN', 'cross-site request refused');
    }
  }
  await next();
};
