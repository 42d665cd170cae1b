import { expect, it } from 'vitest';
import { storageSuite } from './harness';

const PETR = { id: 'member-petr', name: 'Petr Operator' };
const OLGA = { id: 'member-olga', name: 'Olga Owner' };

storageSuite('order authors', ({ open, peer }) => {
  it('names who created each order, by order id, for the ids asked about only', async () => {
    const workspace = await open();
    await workspace.authors.record(1001, PETR);
    await workspace.authors.record(9_007_199_254_740, OLGA);
    expect(await workspace.authors.of([1001, 9_007_199_254_740, 5])).toEqual({
      '1001': { member_id: PETR.id, name: PETR.name },
      '9007199254740': { member_id: OLGA.id, name: OLGA.name },
    });
    expect(await workspace.authors.of([1001])).toEqual({ '1001': { member_id: PETR.id, name: PETR.name } });
    expect(await workspace.authors.of([])).toEqual({});
  });

  it('keeps the first author when a create is replayed (same order id), even by someone else', async () => {
    const workspace = await open();
    await workspace.authors.record(42, PETR);
    await workspace.authors.record(42, OLGA);
    await Promise.all([workspace.authors.record(43, OLGA), (await peer(workspace)).authors.record(43, OLGA)]);
    expect(await workspace.authors.of([42, 43])).toEqual({
      '42': { member_id: PETR.id, name: PETR.name },
      '43': { member_id: OLGA.id, name: OLGA.name },
    });
  });
});
