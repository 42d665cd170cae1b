import type { ErrorCode } from '../../../contract';
import { type ExportRequest, type ExportRun, type ExportState, exportRequestSchema } from '../../../contract/export';
import { newId } from '../crypto/tokens';
import type { WorkspaceDb } from '../db/connect';
import type { ExportRunRow } from '../db/schema';

export interface ExportError {
  code: ErrorCode;
  message: string;
}

/** A run nobody started within this long cannot be started any more. */
export const EXPORT_START_WINDOW_MS = 10 * 60 * 1000;
/** A running export writes a heartbeat every second; one silent this long lost its instance. */
export const EXPORT_SILENT_MS = 60 * 1000;
/** Finished runs are kept this long, then removed when a new one is created. */
const KEEP_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * CSV export runs. Every change of state is a compare-and-set on the row, so two instances (the one
 * streaming the file, the one a cancel reaches) can never both decide how a run ended.
 */
export function exportStore(db: WorkspaceDb, now: () => number) {
  const running = (id: string) => db.updateTable('export_runs').where('id', '=', id).where('state', '=', 'running');
  return {
    async create(memberId: string, request: ExportRequest): Promise<ExportRunRow> {
      await db
        .deleteFrom('export_runs')
        .where('created_at', '<', now() - KEEP_MS)
        .execute();
      const row: ExportRunRow = {
        id: newId(),
        member_id: memberId,
        request: JSON.stringify(request),
        file_name: request.file_name,
        state: 'ready',
        rows_written: 0,
        rows_total: null,
        error_code: null,
        error: null,
        created_at: now(),
        updated_at: now(),
      };
      await db.insertInto('export_runs').values(row).execute();
      return row;
    },
    /** The member's own run (nobody follows or cancels another's). */
    mine: (id: string, memberId: string) =>
      db.selectFrom('export_runs').selectAll().where('id', '=', id).where('member_id', '=', memberId).executeTakeFirst(),
    /** Claims a ready run for streaming, once: a second request for the file gets nothing. */
    async start(id: string, memberId: string): Promise<ExportRequest | undefined> {
      const row = await db
        .updateTable('export_runs')
        .set({ state: 'running', updated_at: now() })
        .where('id', '=', id)
        .where('member_id', '=', memberId)
        .where('state', '=', 'ready')
        .where('created_at', '>', now() - EXPORT_START_WINDOW_MS)
        .returning('request')
        .executeTakeFirst();
      return row ? exportRequestSchema.parse(JSON.parse(row.request)) : undefined;
    },
    /** Progress and heartbeat; false once the run is no longer running (cancelled from anywhere). */
    async progress(id: string, rows: number, total: number | null): Promise<boolean> {
      const result = await running(id).set({ rows_written: rows, rows_total: total, updated_at: now() }).executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    /**
     * How a running run ended; false when it had already ended — a cancel got there first: its state
     * stands, and the rows the file had received by then are recorded with it.
     */
    async finish(
      id: string,
      outcome: { state: 'done' | 'failed' | 'cancelled'; rows: number; total: number | null; error?: ExportError },
    ): Promise<boolean> {
      const counts = { rows_written: outcome.rows, rows_total: outcome.total, updated_at: now() };
      const result = await running(id)
        .set({ ...counts, state: outcome.state, error_code: outcome.error?.code ?? null, error: outcome.error?.message ?? null })
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 1) return true;
      await db.updateTable('export_runs').set(counts).where('id', '=', id).where('state', '=', 'cancelled').execute();
      return false;
    },
    async cancel(id: string, memberId: string): Promise<boolean> {
      const result = await db
        .updateTable('export_runs')
        .set({ state: 'cancelled', updated_at: now() })
        .where('id', '=', id)
        .where('member_id', '=', memberId)
        .where('state', 'in', ['ready', 'running'])
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
export type ExportStore = ReturnType<typeof exportStore>;

/** The run as the browser sees it; a running run whose heartbeat stopped reads as failed. */
export function toExportRun(row: ExportRunRow, at: number): ExportRun {
  const silent = row.state === 'running' && at - row.updated_at > EXPORT_SILENT_MS;
  return {
    id: row.id,
    state: silent ? 'failed' : stateOf(row.state),
    rows: Number(row.rows_written),
    total: row.rows_total === null ? null : Number(row.rows_total),
    error: silent
      ? { code: 'SERVICE_UNAVAILABLE', message: 'the server writing the file stopped answering' }
      : row.error_code === null
        ? null
        : { code: row.error_code, message: row.error ?? '' },
    file_name: row.file_name,
    url: `/workspace/exports/${encodeURIComponent(row.id)}/file`,
  };
}

function stateOf(raw: string): ExportState {
  switch (raw) {
    case 'ready':
    case 'running':
    case 'done':
    case 'failed':
    case 'cancelled':
      return raw;
    default:
      throw new Error(`unknown export state ${raw}`);
  }
}
