import { tonToNano } from '@contract';
import type { BulkRow } from '@contract/bulk';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { pricingQueries } from '@/api/pricing';
import { createPacer, mapPool } from '@/lib/concurrency';
import { type Estimate, estimateKey, type RecipientState, recipientKey } from './preview';

/** The tab's share of the partner's rate limit (the server's jobs and other people use the same key). */
export const CHECKS_PER_SECOND = 8;
const AT_ONCE = 4;

type Job = { kind: 'estimate'; key: string; row: BulkRow } | { kind: 'recipient'; key: string; row: BulkRow };

/** One lookup per distinct price (product + quantity or months), then one per distinct recipient and product. */
export function lookups(rows: readonly BulkRow[]): Job[] {
  const estimates = new Map<string, Job>();
  const recipients = new Map<string, Job>();
  for (const row of rows) {
    const price = estimateKey(row);
    if (!estimates.has(price)) estimates.set(price, { kind: 'estimate', key: price, row });
    const who = recipientKey(row);
    if (!recipients.has(who)) recipients.set(who, { kind: 'recipient', key: who, row });
  }
  return [...estimates.values(), ...recipients.values()];
}

/**
 * Asks the API for the prices and recipient checks the preview needs, a few at a time and paced under the
 * rate limit (429s are retried after Retry-After by the query client). Results come in as they arrive;
 * a new file (another `rows` array) starts over, and leaving the page stops the lookups.
 */
export function usePreviewChecks(rows: readonly BulkRow[]) {
  const queryClient = useQueryClient();
  const results = useRef({ recipients: new Map<string, RecipientState>(), estimates: new Map<string, Estimate>() });
  const [progress, setProgress] = useState({ done: 0, total: 0, failedEstimates: 0 });

  useEffect(() => {
    const controller = new AbortController();
    const pacer = createPacer(CHECKS_PER_SECOND);
    const jobs = lookups(rows);
    results.current = { recipients: new Map(), estimates: new Map() };
    setProgress({ done: 0, total: jobs.length, failedEstimates: 0 });
    const look = async (job: Job) => {
      await pacer.take(controller.signal);
      let failedEstimate = 0;
      try {
        if (job.kind === 'estimate') results.current.estimates.set(job.key, await fetchEstimate(job.row));
        else results.current.recipients.set(job.key, await checkRecipient(job.row));
      } catch {
        if (controller.signal.aborted) return;
        if (job.kind === 'recipient') results.current.recipients.set(job.key, { kind: 'unknown' });
        else failedEstimate = 1;
      }
      setProgress((current) => ({
        ...current,
        done: current.done + 1,
        failedEstimates: current.failedEstimates + failedEstimate,
      }));
    };
    const fetchEstimate = async (row: BulkRow): Promise<Estimate> => {
      const estimate =
        row.product === 'stars'
          ? await queryClient.fetchQuery(pricingQueries.starsEstimate(row.quantity))
          : await queryClient.fetchQuery(pricingQueries.premiumEstimate(row.months));
      // A price that is not exact TON (more than 9 decimals) is refused here, as a failed lookup, not summed.
      tonToNano(estimate.price_ton);
      tonToNano(estimate.fee_ton);
      return estimate;
    };
    const checkRecipient = async (row: BulkRow): Promise<RecipientState> => {
      const check = await queryClient.fetchQuery(pricingQueries.recipient(row.product, row.recipient));
      return check.can_receive ? { kind: 'ok' } : { kind: 'unavailable', reason: check.reason ?? null };
    };
    mapPool(jobs, AT_ONCE, look, controller.signal).catch(() => undefined);
    return () => controller.abort();
  }, [rows, queryClient]);

  return { ...progress, recipients: results.current.recipients, estimates: results.current.estimates };
}
