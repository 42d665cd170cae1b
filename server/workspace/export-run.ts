import type { ExportRequest } from '../../contract/export';
import type { Upstream } from '../dashboard/upstream';
import { csvStream, type Outcome } from '../exports/csv-stream';
import { exportPlan } from '../exports/export-csv';
import type { Workspace } from './workspace';

/** How often a running export writes its progress (and learns whether it was cancelled elsewhere). */
export const HEARTBEAT_MS = 1000;

export interface ExportRunOptions {
  workspace: Workspace;
  upstream: Upstream;
  id: string;
  request: ExportRequest;
  actor: { member: { id: string; name: string }; apiKey: string };
  address: string;
  /** Called once the run has ended and its outcome is stored. */
  onEnd?: () => void;
  heartbeatMs?: number;
}

/** The filters as the audit log shows them: `status=paid&order_type=stars`, `reference=…`, `type=topup`. */
function auditFilters(request: ExportRequest): string {
  const filters: Record<string, string | undefined> =
    request.source === 'orders'
      ? request.filters
      : request.source === 'reference'
        ? { reference: request.reference }
        : { type: request.type };
  return Object.entries(filters)
    .filter((entry): entry is [string, string] => Boolean(entry[1]))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
}

/**
 * Streams one export's file: pages from the upstream with the workspace's key become CSV as they arrive.
 * Every second the run's progress goes to the workspace database — which is also how a cancel made on any
 * instance reaches the one writing the file — and when it ends, its outcome and an `export` entry in the
 * audit log (filters, rows, outcome) are written by the server itself. Returns the body and a local stop.
 */
export function streamExport(options: ExportRunOptions) {
  const { workspace, id, request } = options;
  const abort = new AbortController();
  const reader = { upstream: options.upstream, authorization: `Bearer ${options.actor.apiKey}`, signal: abort.signal };
  let latest: { rows: number; total: number | null } = { rows: 0, total: null };
  let beat: Promise<void> = Promise.resolve();
  const stream = csvStream(
    exportPlan(request, reader).chunks(),
    {
      progress: (rows, total) => {
        latest = { rows, total };
      },
      // Should the database fail here, the run's heartbeat stops and it reads as failed a minute later.
      end: (outcome, rows) => void finish(outcome, rows).catch(() => undefined),
    },
    abort,
  );
  const heartbeat = setInterval(() => {
    beat = beat.then(async () => {
      if (abort.signal.aborted) return;
      if (!(await workspace.exports.progress(id, latest.rows, latest.total))) stream.stop({ state: 'cancelled' });
    });
  }, options.heartbeatMs ?? HEARTBEAT_MS);

  async function finish(outcome: Outcome, rows: number) {
    clearInterval(heartbeat);
    try {
      await beat;
      const error = outcome.state === 'failed' ? { code: outcome.error.code, message: outcome.error.message } : undefined;
      // A cancel stored elsewhere got there first: its state stands, but what was sent is still logged.
      await workspace.exports.finish(id, { state: outcome.state, rows, total: latest.total, error });
      await workspace.audit.record({
        action: 'export',
        actor: options.actor.member,
        address: options.address,
        detail: {
          source: request.source === 'transactions' ? 'transactions' : 'orders',
          filters: auditFilters(request),
          rows,
          outcome: outcome.state,
        },
      });
    } finally {
      options.onEnd?.();
    }
  }

  return { body: stream.body, stop: () => stream.stop({ state: 'cancelled' }) };
}
