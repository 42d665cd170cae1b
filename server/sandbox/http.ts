import type { Context } from 'hono';
import { okBody } from '../../contract/envelope';
import { ApiProblem } from '../lib/problem';

export function ok<T>(c: Context, data: T, headers: Record<string, string> = {}): Response {
  for (const [name, value] of Object.entries(headers)) c.header(name, value);
  return c.json(okBody(data), 200);
}

export function positiveId(raw: string, field = 'id'): number {
  if (!/^\d{1,15}$/.test(raw) || Number(raw) < 1) {
    throw new ApiProblem('VALIDATION_ERROR', `${field} must be a positive integer`);
  }
  return Number(raw);
}
