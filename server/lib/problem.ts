import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type ErrorCode, errorBody, errorStatus } from '../../contract/envelope';

/** A refusal with one of the contract's error codes; rendered as the `{ok:false}` envelope. */
export class ApiProblem extends Error {
  readonly code: ErrorCode;
  readonly headers: Record<string, string>;
  constructor(code: ErrorCode, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.code = code;
    this.headers = headers;
  }
  get status(): ContentfulStatusCode {
    return errorStatus[this.code] as ContentfulStatusCode;
  }
}

export function problemResponse(c: Context, problem: ApiProblem): Response {
  for (const [name, value] of Object.entries(problem.headers)) c.header(name, value);
  return c.json(errorBody(problem.code, problem.message), problem.status);
}

/** Formats zod issues as "field rule" sentences: "quantity must be between 50 and 10000". */
export function describeIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string; code: string; keys?: string[] }[],
): string {
  return issues
    .slice(0, 5)
    .map((issue) => {
      if (issue.code === 'unrecognized_keys' && issue.keys) return `unknown field ${issue.keys.join(', ')}`;
      const field = issue.path.map(String).join('.');
      return field ? `${field} ${issue.message}` : issue.message;
    })
    .join('; ');
}
