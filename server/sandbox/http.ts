import type { Context } from 'hono';
import type * as z from 'zod/mini';
import { okBody } from '../../contract/envelope';
import { ApiProblem, describeIssues } from '../lib/problem';

export const MAX_BODY_BYTES = 64 * 1024;

export function ok<T>(c: Context, data: T, headers: Record<string, string> = {}): Response {
  for (const [name, value] of Object.entries(headers)) c.header(name, value);
  return c.json(okBody(data), 200);
}

export function validate<S extends z.ZodMiniType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ApiProblem('VALIDATION_ERROR', describeIssues(result.error.issues));
  return result.data;
}

/** Reads a JSON object body; anything else is INVALID_JSON, never a 500. */
export async function readJsonBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    throw new ApiProblem('INVALID_JSON', 'Content-Type must be application/json');
  }
  const text = await c.req.text();
  if (text.length > MAX_BODY_BYTES) {
    throw new ApiProblem('VALIDATION_ERROR', `request body must be at most ${MAX_BODY_BYTES} bytes`);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiProblem('INVALID_JSON', 'request body is not valid JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ApiProblem('VALIDATION_ERROR', 'request body must be a JSON object');
  }
  return body;
}

export function queryObject(c: Context): Record<string, string> {
  return c.req.query();
}

export function positiveId(raw: string, field = 'id'): number {
  if (!/^\d{1,15}$/.test(raw) || Number(raw) < 1) {
    throw new ApiProblem('VALIDATION_ERROR', `${field} must be a positive integer`);
  }
  return Number(raw);
}
