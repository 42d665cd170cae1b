import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { okBody } from '../../contract/envelope';
import { signInSchema } from '../../contract/service';
import { ApiProblem } from '../lib/problem';
import { readJsonBody, validate } from '../lib/request-body';
import { createTokenBuckets } from '../lib/token-bucket';
import type { SessionStore } from './sessions';
import type { Upstream } from './upstream';

export const SESSION_COOKIE = 'om_session';

export interface SessionRoutesOptions {
  sessions: SessionStore;
  upstream: Upstream;
  mode: 'sandbox' | 'upstream';
  demoKey?: string;
  /** Sign-in attempts per client address per minute. */
  signInPerMinute?: number;
  clientAddress: (c: { req: { header: (name: string) => string | undefined } }) => string;
}

const KEY_SHAPE = /^osk_[A-Za-z0-9_-]{8,200}$/;

export function sessionRoutes(options: SessionRoutesOptions) {
  const { sessions, upstream } = options;
  const perMinute = options.signInPerMinute ?? 10;
  const attempts = createTokenBuckets({ burst: perMinute, perSecond: perMinute / 60 });
  const app = new Hono();

  app.get('/', (c) =>
    c.json(okBody({ authenticated: sessions.keyFor(getCookie(c, SESSION_COOKIE)) !== undefined, mode: options.mode })),
  );

  app.post('/', async (c) => {
    const take = attempts.take(options.clientAddress(c));
    if (!take.allowed) {
      throw new ApiProblem('RATE_LIMITED', `too many sign-in attempts; retry in ${take.retryAfterSeconds} s`, {
        'Retry-After': String(take.retryAfterSeconds),
      });
    }
    const input = validate(signInSchema, await readJsonBody(c));
    const apiKey = input.demo && options.mode === 'sandbox' ? options.demoKey : input.api_key?.trim();
    if (!apiKey) throw new ApiProblem('VALIDATION_ERROR', 'api_key is required');
    if (!KEY_SHAPE.test(apiKey)) throw new ApiProblem('VALIDATION_ERROR', 'api_key must look like osk_… (the key from the bot)');
    let check: Response;
    try {
      check = await upstream('/balance', { headers: { Authorization: `Bearer ${apiKey}`, Accept: 'application/json' } });
    } catch {
      throw new ApiProblem('SERVICE_UNAVAILABLE', 'the partner API could not be reached; try again shortly');
    }
    if (check.status === 401) throw new ApiProblem('UNAUTHORIZED', 'this key was not accepted by the partner API');
    if (!check.ok) throw new ApiProblem('SERVICE_UNAVAILABLE', `the partner API answered ${check.status}; try again shortly`);
    const secure = new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
    setCookie(c, SESSION_COOKIE, sessions.create(apiKey), {
      httpOnly: true,
      sameSite: 'Strict',
      secure,
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
