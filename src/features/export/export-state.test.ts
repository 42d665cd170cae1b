import type { ExportRun } from '@contract/export';
import { describe, expect, it } from 'vitest';
import { exportStateOf } from './use-server-export';

const run = (extra: Partial<ExportRun>): ExportRun => ({
  id: 'r',
  state: 'running',
  rows: 0,
  total: null,
  error: null,
  file_name: 'f.csv',
  url: '/workspace/exports/r/file',
  ...extra,
});
const words = (error: unknown) => (error instanceof Error ? `${error.name}:${error.message}` : 'unknown');

describe('what the dialog shows of a run', () => {
  it('progress against the server’s total, or the count asked before the first page came', () => {
    expect(exportStateOf(run({ state: 'ready' }), 250, words)).toEqual({ kind: 'running', done: 0, total: 250 });
    expect(exportStateOf(run({ rows: 100, total: 260 }), 250, words)).toEqual({ kind: 'running', done: 100, total: 260 });
    expect(exportStateOf(run({ rows: 100 }), undefined, words)).toEqual({ kind: 'running', done: 100, total: 0 });
  });

  it('how it ended, a failure in the error’s own words', () => {
    expect(exportStateOf(run({ state: 'done', rows: 7 }), 7, words)).toEqual({ kind: 'done', rows: 7 });
    expect(exportStateOf(run({ state: 'cancelled', rows: 3 }), 7, words)).toEqual({ kind: 'cancelled' });
    expect(exportStateOf(run({ state: 'failed', error: { code: 'SERVICE_UNAVAILABLE', message: 'down' } }), 7, words)).toEqual({
      kind: 'failed',
      message: 'ApiError:down',
    });
  });
});
