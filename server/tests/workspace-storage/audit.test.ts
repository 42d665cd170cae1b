import { sql } from 'kysely';
import { expect, it } from 'vitest';
import type { AuditAction } from '../../../contract/workspace';
import type { Workspace } from '../../workspace/workspace';
import { manualClock, storageSuite } from './harness';

const OLGA = { id: 'member-olga', name: 'Olga Owner' };
const PETR = { id: 'member-petr', name: 'Petr Operator' };
const MINUTE = 60_000;

/** Ten entries a minute apart: Olga signs in, Petr creates orders, an unknown email fails to sign in… */
async function history(workspace: Workspace, clock: ReturnType<typeof manualClock>) {
  const script: [AuditAction, typeof OLGA | null][] = [
    ['sign_in', OLGA],
    ['invite.created', OLGA],
    ['member.joined', PETR],
    ['sign_in', PETR],
    ['order.created', PETR],
    ['order.created', PETR],
    ['sign_in.failed', null],
    ['order.cancelled', PETR],
    ['export', OLGA],
    ['sign_out', OLGA],
  ];
  for (const [index, [action, actor]] of script.entries()) {
    await workspace.audit.record({ action, actor, address: `192.0.2.${index}`, detail: { step: index } });
    clock.advance(MINUTE);
  }
}

storageSuite('audit log', ({ open, dialect }) => {
  async function withHistory() {
    const clock = manualClock(Date.parse('2026-03-02T09:00:00Z'));
    const workspace = await open({ now: clock.now });
    await history(workspace, clock);
    return { clock, workspace };
  }

  it('keeps each entry as written: actor’s name at the time, typed detail, address and instant', async () => {
    const clock = manualClock(Date.parse('2026-03-02T09:00:00Z'));
    const workspace = await open({ now: clock.now });
    const detail = { order_id: 81234, idempotency_key: 'f1c0e9d2', replayed: false, note: null };
    await workspace.audit.record({ action: 'order.created', actor: PETR, address: '198.51.100.4', detail });
    await workspace.audit.record({ action: 'sign_in.failed', actor: null, address: '203.0.113.1' });
    const { items, total } = await workspace.audit.page({}, 10, 0);
    expect(total).toBe(2);
    expect(items).toEqual([
      {
        id: expect.any(String),
        at: '2026-03-02T09:00:00.000Z',
        member_id: null,
        member_name: null,
        action: 'sign_in.failed',
        detail: {},
        address: '203.0.113.1',
      },
      {
        id: expect.any(String),
        at: '2026-03-02T09:00:00.000Z',
        member_id: PETR.id,
        member_name: PETR.name,
        action: 'order.created',
        detail,
        address: '198.51.100.4',
      },
    ]);
    expect(Number(items[0]?.id)).toBeGreaterThan(Number(items[1]?.id));
  });

  it('refuses UPDATE and DELETE through the database itself, whoever asks', async () => {
    const { workspace } = await withHistory();
    const before = await workspace.audit.page({}, 50, 0);
    await expect(
      workspace.db.updateTable('audit_log').set({ action: 'export', member_name: 'Nobody' }).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(workspace.db.deleteFrom('audit_log').where('action', '=', 'order.cancelled').execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`DELETE FROM audit_log`.execute(workspace.db)).rejects.toThrow(/append-only/);
    expect(await workspace.audit.page({}, 50, 0)).toEqual(before);
  });

  if (dialect === 'postgres') {
    it('refuses TRUNCATE too (PostgreSQL has it; a DELETE trigger alone does not stop it)', async () => {
      const { workspace } = await withHistory();
      await expect(sql`TRUNCATE audit_log`.execute(workspace.db)).rejects.toThrow(/append-only/);
      expect((await workspace.audit.page({}, 1, 0)).total).toBe(10);
    });
  }

  it('pages newest first with the total of the filter', async () => {
    const { workspace } = await withHistory();
    const first = await workspace.audit.page({}, 4, 0);
    const last = await workspace.audit.page({}, 4, 8);
    expect(first.total).toBe(10);
    expect(first.items.map((entry) => entry.detail.step)).toEqual([9, 8, 7, 6]);
    expect(last.items.map((entry) => entry.detail.step)).toEqual([1, 0]);
    expect((await workspace.audit.page({}, 4, 12)).items).toEqual([]);
  });

  it('filters by member, action and a [from, to) range, alone and together', async () => {
    const { workspace } = await withHistory();
    const steps = async (filter: Parameters<Workspace['audit']['page']>[0]) => {
      const page = await workspace.audit.page(filter, 50, 0);
      return { total: page.total, steps: page.items.map((entry) => entry.detail.step) };
    };
    expect(await steps({ member_id: PETR.id })).toEqual({ total: 5, steps: [7, 5, 4, 3, 2] });
    expect(await steps({ action: 'sign_in' })).toEqual({ total: 2, steps: [3, 0] });
    expect(await steps({ from: '2026-03-02T09:04:00Z', to: '2026-03-02T09:07:00Z' })).toEqual({ total: 3, steps: [6, 5, 4] });
    expect(await steps({ from: '2026-03-02T10:04:00+01:00' })).toEqual({ total: 6, steps: [9, 8, 7, 6, 5, 4] });
    expect(await steps({ member_id: PETR.id, action: 'order.created', to: '2026-03-02T09:05:00Z' })).toEqual({
      total: 1,
      steps: [4],
    });
    expect(await steps({ member_id: 'nobody' })).toEqual({ total: 0, steps: [] });
  });

  it('streams every matching entry newest first, page by page, without losing one at a page boundary', async () => {
    const { workspace } = await withHistory();
    const streamed = async (filter: Parameters<Workspace['audit']['page']>[0], pageSize: number) => {
      const steps: unknown[] = [];
      for await (const entry of workspace.audit.stream(filter, pageSize)) steps.push(entry.detail.step);
      return steps;
    };
    const all = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0];
    expect(await streamed({}, 3)).toEqual(all);
    expect(await streamed({}, 5)).toEqual(all);
    expect(await streamed({}, 1000)).toEqual(all);
    expect(await streamed({ member_id: OLGA.id }, 2)).toEqual([9, 8, 1, 0]);
    expect(await streamed({ action: 'member.removed' }, 2)).toEqual([]);
  });

  it('keeps appending while it is read', async () => {
    const { workspace } = await withHistory();
    const seen: unknown[] = [];
    for await (const entry of workspace.audit.stream({}, 4)) {
      seen.push(entry.detail.step);
      if (seen.length === 1)
        await workspace.audit.record({ action: 'sign_in', actor: OLGA, address: '192.0.2.99', detail: { step: 10 } });
    }
    expect(seen).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    expect((await workspace.audit.page({}, 1, 0)).items[0]?.detail.step).toBe(10);
  });
});
