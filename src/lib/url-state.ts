import { isDay, PAGE_SIZES } from '@contract';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import * as z from 'zod/mini';

/**
 * URL search state through schemas. Every field absorbs bad input with its default (`z.catch`), so a
 * hand-edited or stale link never fails a page; the day and page-size rules are the contract's own.
 */
export const urlFields = {
  /** A whole number in [min, max], written as plain digits. */
  int: (fallback: number, min = 1, max = 1_000_000_000) =>
    z.catch(
      z
        .pipe(
          z.string().check(z.regex(/^\d{1,10}$/)),
          z.transform((raw) => Number(raw)),
        )
        .check(z.refine((n) => n >= min && n <= max)),
      fallback,
    ),
  pageSize: () =>
    z.catch(
      z
        .pipe(
          z.string(),
          z.transform((raw) => Number(raw)),
        )
        .check(z.refine((n) => PAGE_SIZES.some((size) => size === n))),
      PAGE_SIZES[0],
    ),
  oneOf: <const T extends readonly [string, ...string[]]>(values: T) => z.catch(z.optional(z.enum(values)), undefined),
  /** An inclusive calendar day, `YYYY-MM-DD`. */
  day: () => z.catch(z.optional(z.string().check(z.refine(isDay))), undefined),
  /** Free text, cut to `max` characters; surrounding whitespace kept unless `trim`; blank means absent. */
  text: (max: number, options: { trim?: boolean } = {}) =>
    z.catch(
      z.optional(
        z.pipe(
          z.string(),
          z.transform((raw) => {
            const value = options.trim ? raw.trim() : raw;
            return value.trim() === '' ? undefined : value.slice(0, max);
          }),
        ),
      ),
      undefined,
    ),
};

export function parseSearch<S extends z.ZodMiniType>(schema: S, search: URLSearchParams): z.output<S> {
  return schema.parse(Object.fromEntries(search));
}

/** Only the values that differ from `defaults` go into the URL, so a plain page keeps a plain URL. */
export function searchFrom(values: Record<string, string | number | undefined>, defaults: Record<string, string | number> = {}) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && value !== '' && value !== defaults[name]) search.set(name, String(value));
  }
  return search;
}

/** A page's URL state: read through its schema-backed `parse`, written back through `toSearch`. */
export function useUrlState<T, W = T>(parse: (search: URLSearchParams) => T, toSearch: (value: W) => URLSearchParams) {
  const [search, setSearch] = useSearchParams();
  const value = useMemo(() => parse(search), [parse, search]);
  const update = useCallback((next: W) => setSearch(toSearch(next)), [setSearch, toSearch]);
  return [value, update] as const;
}
