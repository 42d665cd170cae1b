import type { Context } from 'hono';
import type * as z from 'zod/mini';
import { ApiProblem, describeIssues } from './problem';

/**
 * Input handling shared by the sandbox and the dashboard server: bad input is always a 4xx envelope.
 * Body size is bounded before this reads anything (Hono's bodyLimit on every app that takes bodies).
 */
export const MAX_BODY_BYTES = 64 * 1024;

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
