import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { okBody } from '../../contract/envelope';
import { signInSchema } from '../../contract/service';
import { ApiProblem } from '../lib/problem';
import { readJsonBody, validate } from '../lib/request-body';
import type { SessionStore } from './sessions';
import { createSignInLimiter } from './sign-in-limiter';
import type { Upstream } from './upstream';

export const SESSION_COOKIE = 'om_session';

export interface SessionRoutesOptions {
  sessions: SessionStore;
  upstream: Upstream;
  mode: 'sandbox' | 'upstream';
  demoKey?: string;
  /** Failed sign-in attempts allowed per client address (and per key prefix) per minute. */
  signInPerMinute?: number;
  clientAddress: (c: Context) => string;
  secure: (c: Context) => boolean;
}

const KEY_SHAPE = /^osk_[A-Za-z0-9_-]{8,200}$/;

const tooLarge = () => {
  throw new ApiProblem('PAYLOAD_TOO_LARGE', 'request body must be at most 16 KB');
};

async function keyAccepted(upstream: Upstream, apiKey: string): Promise<boolean> {
  let check: Response;
  try {
    check = await upstream('/balance', { headers: { Authorization: `Bearer ${apiKey}`, Accept: 'application/json' } });
  } catch {
    throw new ApiProblem('SERVICE_UNAVAILABLE', 'the partner API could not be reached; try again shortly');
  }
  if (check.status === 401) return false;
  if (!check.ok) throw new ApiProblem('SERVICE_UNAVAILABLE', `the partner API answered ${check.status}; try again shortly`);
  return true;
}

export function sessionRoutes(options: SessionRoutesOptions) {
  const { sessions, upstream } = options;
  const limiter = createSignInLimiter({ perMinute: options.signInPerMinute ?? 10 });
  const app = new Hono();
  app.use(bodyLimit({ maxSize: 16 * 1024, onError: tooLarge }));

  app.get('/', (c) =>
    c.json(okBody({ authenticated: sessions.keyFor(getCookie(c, SESSION_COOKIE)) !== undefined, mode: options.mode })),
  );

  app.post('/', async (c) => {
    const input = validate(signInSchema, await readJsonBody(c));
    const apiKey = input.demo && options.mode === 'sandbox' ? options.demoKey : input.api_key?.trim();
    if (!apiKey) throw new ApiProblem('VALIDATION_ERROR', 'api_key is required');
    if (!KEY_SHAPE.test(apiKey)) throw new ApiProblem('VALIDATION_ERROR', 'api_key must look like osk_… (the key from the bot)');
    const address = options.clientAddress(c);
    const allowed = limiter.attempt(address, apiKey);
    if (!allowed.allowed) {
      throw new ApiProblem('RATE_LIMITED', `too many failed sign-in attempts; retry in ${allowed.retryAfterSeconds} s`, {
        'Retry-After': String(allowed.retryAfterSeconds),
      });
    }
    // Only a refused key counts against the budgets; a success or an unreachable upstream gives the token back.
    const accepted = await keyAccepted(upstream, apiKey).catch((error: unknown) => {
      limiter.settled(address, apiKey);
      throw error;
    });
    if (!accepted) throw new ApiProblem('UNAUTHORIZED', 'this key was not accepted by the partner API');
    limiter.settled(address, apiKey);
    // A new id for every sign-in; the one the browser presented (if any) stops working (no fixation).
    sessions.destroy(getCookie(c, SESSION_COOKIE));
    setCookie(c, SESSION_COOKIE, sessions.create(apiKey), {
      httpOnly: true,
      sameSite: 'Strict',
      secure: options.secure(c),
      path: '/',
    });
    return c.json(okBody({ authenticated: true, mode: options.mode }));
  });

  app.delete('/', (c) => {
    sessions.destroy(getCookie(c, SESSION_COOKIE));
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json(okBody({ authenticated: false, mode: options.mode }));
  });

  return app;
}
