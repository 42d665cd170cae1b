import { type Db, prepared } from './db';

/**
 * Sequential offset pages without the cost of deep offsets. `LIMIT 100 OFFSET 900000` makes SQLite step
 * over 900,000 index entries; paging a million orders that way costs minutes. A listing remembers, for the
 * last pages it served, which id each page ended on; the page that continues one (its offset is where a
 * remembered page ended) is read with `id < last id` instead — an index seek — and the listing's total is
 * remembered with it.
 *
 * The answer must stay exactly what OFFSET would give, so everything remembered is tied to a stamp of the
 * database (rows changed through this connection, and `data_version`, which moves when another connection
 * commits): any write anywhere forgets it all, and the next page uses OFFSET again. The API does not change.
 */
export interface Listing {
  /** The listing's total, computed once per stamp. */
  total: (count: () => number) => number;
  /** Where the page at `offset` starts: the id it continues from, or undefined to use OFFSET. */
  before: (offset: number) => number | undefined;
  /** Records that the page served at `offset` held `count` rows, the last with id `lastId`. */
  ended: (offset: number, count: number, lastId: number) => void;
}

interface Remembered {
  stamp: string;
  total?: number;
  ends: Map<number, number>;
}

const stampOf = prepared<[], { changes: number; version: number }>(
  'SELECT total_changes() AS changes, (SELECT data_version FROM pragma_data_version()) AS version',
);

export function pageCursors(options: { listings?: number; endsPerListing?: number } = {}) {
  const maxListings = options.listings ?? 32;
  const maxEnds = options.endsPerListing ?? 16;
  const perDb = new WeakMap<Db, Map<string, Remembered>>();

  /** `key` names the listing: its table, partner, filters and their values. */
  return (db: Db, key: string): Listing => {
    let listings = perDb.get(db);
    if (!listings) {
      listings = new Map();
      perDb.set(db, listings);
    }
    const now = stampOf(db).get();
    const stamp = `${now?.changes}:${now?.version}`;
    let entry = listings.get(key);
    if (entry?.stamp !== stamp) entry = { stamp, ends: new Map() };
    // Most recently used last: the oldest listing is the first to go.
    listings.delete(key);
    listings.set(key, entry);
    if (listings.size > maxListings) listings.delete(listings.keys().next().value ?? key);
    const remembered = entry;
    return {
      total(count) {
        remembered.total ??= count();
        return remembered.total;
      },
      before: (offset) => (offset === 0 ? undefined : remembered.ends.get(offset)),
      ended(offset, count, lastId) {
        if (count === 0) return;
        remembered.ends.delete(offset + count);
        remembered.ends.set(offset + count, lastId);
        if (remembered.ends.size > maxEnds) remembered.ends.delete(remembered.ends.keys().next().value ?? offset);
      },
    };
  };
}
