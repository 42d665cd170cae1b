import type { Context, MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { ApiProblem } from '../lib/problem';

/**
 * The Content-Security-Policy: scripts only from our origin plus those named by hash (`scriptHashes`, e.g.
 * the server-rendered page's loader); network only to our origin and the TonConnect bridges of our own
 * wallets list (`bridgeOrigins`); images from our origin plus the one remote image TonConnect UI shows.
 *
 * `style-src` keeps 'unsafe-inline': TonConnect UI injects `<style>` elements at run time and offers no
 * nonce, so a nonce or hashes would leave its modal unstyled; recharts and React also set style attributes.
 */
export function contentSecurityPolicy(bridgeOrigins: readonly string[] = [], scriptHashes: readonly string[] = []): string {
  return [
    "default-src 'self'",
    // The fixed hash admits only an *empty* inline handler: TonConnect UI sets body[ontouchstart=""] (an iOS :active fix).
    ["script-src 'self' 'unsafe-hashes' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='", ...scriptHashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://raw.githubusercontent.com",
    "font-src 'self'",
    ["connect-src 'self'", ...bridgeOrigins].join(' '),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The headers every answer carries (Hono's secureHeaders), and the default CSP unless a page brings its own. */
export function securityHeaders(csp: string, https: (c: Context) => boolean): MiddlewareHandler[] {
  return [
    secureHeaders({
      xFrameOptions: 'DENY',
      // Wallets show our manifest icon from another origin; resource isolation would hide it.
      crossOriginResourcePolicy: false,
      // Only over https (below): HSTS on plain http would be ignored at best and wrong behind a misconfigured proxy.
      strictTransportSecurity: false,
      permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
      overwrite: false,
    }),
    async (c, next) => {
      await next();
      if (!c.res.headers.has('Content-Security-Policy')) c.header('Content-Security-Policy', csp);
      if (https(c)) c.header('Strict-Transport-Security', 'max-age=31536000'); // not includeSubDomains: siblings may not be ours
    },
  ];
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * CSRF guard for cookie-authenticated requests: an unsafe method whose Origin is not one of ours, or whose
 * Sec-Fetch-Site says it comes from another site, is refused. Requests with no browser origin signals
 * (curl, server-to-server) pass: they cannot carry the victim's cookie.
 *
 * Hono's own `csrf` middleware guards only form-encodable content types (a cross-site JSON request needs
 * a CORS preflight, which we never grant); this one refuses any foreign unsafe request, JSON included,
 * so a browser or proxy that ever relaxes preflight still gets nothing.
 */
export function sameOriginForUnsafe(origins: ReadonlySet<string>): MiddlewareHandler {
  return async (c, next) => {
    if (UNSAFE.has(c.req.method)) {
      const origin = c.req.header('origin')?.toLowerCase();
      const site = c.req.header('sec-fetch-site');
      if ((origin !== undefined && !origins.has(origin)) || (site !== undefined && site !== 'same-origin' && site !== 'none')) {
        throw new ApiProblem('FORBIDDEN', 'cross-site request refused');
      }
    }
    await next();
  };
}
