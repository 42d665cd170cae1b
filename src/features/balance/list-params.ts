import { balanceTransactionTypes, DEFAULT_PAGE_SIZE } from '@contract';
import * as z from 'zod/mini';
import type { TransactionListRequest } from '@/api/balance';
import { parseSearch, searchFrom, urlFields } from '@/lib/url-state';

export const transactionSearchSchema = z.object({
  page: urlFields.int(1),
  size: urlFields.pageSize(),
  type: urlFields.oneOf(balanceTransactionTypes),
});

/** Transactions list state from the URL (lenient: bad values fall back to defaults). */
export function parseTransactionParams(search: URLSearchParams): TransactionListRequest {
  const { size, ...rest } = parseSearch(transactionSearchSchema, search);
  return { ...rest, pageSize: size };
}

export function transactionSearch({ type, page, pageSize }: TransactionListRequest): URLSearchParams {
  return searchFrom({ type, page, size: pageSize }, { page: 1, size: DEFAULT_PAGE_SIZE });
}

/** A transaction type picked in a select ('' for all). */
export function transactionType(raw: string): TransactionListRequest['type'] {
  return transactionSearchSchema.shape.type.parse(raw);
}
