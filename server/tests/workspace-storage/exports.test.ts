import { expect, it } from 'vitest';
import type { ExportRequest } from '../../../contract/export';
import { EXPORT_SILENT_MS, EXPORT_START_WINDOW_MS, toExportRun } from '../../workspace/store/exports';
import { manualClock, setUpWorkspace, storageSuite } from './harness';

const REQUEST: ExportRequest = {
  source: 'orders',
  filters: { status: 'paid' },
  columns: ['id', 'price_ton'],
  file_name: 'orders-all-2026-03-02-paid.csv',
};

storageSuite('export runs', ({ open, peer }) => {
  async function ready() {
    const clock = manualClock();
    const workspace = await open({ now: clock.now });
    const ownerId = await setUpWorkspace(workspace);
    const row = await workspace.exports.create(ownerId, REQUEST);
    return { clock, workspace, ownerId, row };
  }

  it('keeps the request, and hands it out once to the member who made it', async () => {
    const { workspace, ownerId, row } = await ready();
    expect(toExportRun(row, row.created_at)).toEqual({
      id: row.id,
      state: 'ready',
      rows: 0,
      total: null,
      error: null,
      file_name: REQUEST.file_name,
      url: `/workspace/exports/${row.id}/file`,
    });
    expect(await workspace.exports.start(row.id, 'someone-else')).toBeUndefined();
    const other = await peer(workspace);
    const started = await Promise.all([workspace.exports.start(row.id, ownerId), other.exports.start(row.id, ownerId)]);
    expect(started.filter(Boolean)).toEqual([REQUEST]);
    expect((await workspace.exports.mine(row.id, ownerId))?.state).toBe('running');
    expect(await workspace.exports.mine(row.id, 'someone-else')).toBeUndefined();
  });

  it('cannot be started once its start window has passed', async () => {
    const { clock, workspace, ownerId, row } = await ready();
    clock.advance(EXPORT_START_WINDOW_MS);
    expect(await workspace.exports.start(row.id, ownerId)).toBeUndefined();
  });

  it('a cancel stored by another instance stops the progress writes, and how it ended stays as the cancel said', async () => {
    const { workspace, ownerId, row } = await ready();
    await workspace.exports.start(row.id, ownerId);
    expect(await workspace.exports.progress(row.id, 300, 1000)).toBe(true);
    const other = await peer(workspace);
    expect(await other.exports.cancel(row.id, 'someone-else')).toBe(false);
    expect(await other.exports.cancel(row.id, ownerId)).toBe(true);
    expect(await workspace.exports.progress(row.id, 400, 1000)).toBe(false);
    expect(await workspace.exports.finish(row.id, { state: 'done', rows: 400, total: 1000 })).toBe(false);
    const stored = await workspace.exports.mine(row.id, ownerId);
    expect(stored && toExportRun(stored, stored.updated_at)).toMatchObject({ state: 'cancelled', rows: 400, total: 1000 });
    expect(await other.exports.cancel(row.id, ownerId)).toBe(false);
  });

  it('stores why it failed; a running export whose heartbeat stopped reads as failed', async () => {
    const { clock, workspace, ownerId, row } = await ready();
    await workspace.exports.start(row.id, ownerId);
    const quiet = await workspace.exports.mine(row.id, ownerId);
    if (!quiet) throw new Error('run missing');
    expect(toExportRun(quiet, clock.now() + EXPORT_SILENT_MS).state).toBe('running');
    expect(toExportRun(quiet, clock.now() + EXPORT_SILENT_MS + 1)).toMatchObject({
      state: 'failed',
      error: { code: 'SERVICE_UNAVAILABLE' },
    });
    const error = { code: 'VALIDATION_ERROR' as const, message: 'the partner API answered 400: status must be one of …' };
    expect(await workspace.exports.finish(row.id, { state: 'failed', rows: 100, total: 250, error })).toBe(true);
    const failed = await workspace.exports.mine(row.id, ownerId);
    expect(failed && toExportRun(failed, clock.now())).toMatchObject({ state: 'failed', rows: 100, total: 250, error });
  });

  it('forgets runs older than a week when a new one is made', async () => {
    const { clock, workspace, ownerId, row } = await ready();
    clock.advance(7 * 24 * 60 * 60 * 1000 + 1);
    const fresh = await workspace.exports.create(ownerId, REQUEST);
    expect(await workspace.exports.mine(row.id, ownerId)).toBeUndefined();
    expect((await workspace.exports.mine(fresh.id, ownerId))?.state).toBe('ready');
  });
});
