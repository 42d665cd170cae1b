import type { Balance } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { pricingQueries } from '@/api/pricing';
import { Time } from '@/components/ui/time';
import { formatTon } from '@/lib/format';
import { formatUsd, isBelow, readThreshold, saveThreshold, usdCents } from '../money';

/** The balance in TON and USD, and the low-balance alert with its threshold (kept in this browser). */
export function BalanceCard({ balance }: { balance: Balance }) {
  const rate = useQuery(pricingQueries.tonUsd());
  const [threshold, setThreshold] = useState(readThreshold);
  return (
    <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <p className="text-sm text-slate-600 dark:text-slate-400">Partner balance</p>
      <p className="font-mono text-3xl font-semibold" data-testid="balance-ton">
        {formatTon(balance.balance_ton)} TON
      </p>
      <p className="text-sm" data-testid="balance-usd">
        {rate.data
          ? `≈ ${formatUsd(usdCents(balance.balance_ton, rate.data.ton_usd))} at $${rate.data.ton_usd} per TON`
          : 'USD value loading…'}
      </p>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Updated <Time iso={balance.updated_at} />
      </p>
      {isBelow(balance.balance_ton, threshold) && (
        <p role="alert" className="rounded-md bg-amber-100 p-2 text-sm text-amber-900 dark:bg-amber-900 dark:text-amber-100">
          Balance is below your alert threshold of {threshold} TON. Top up to keep paying orders from the balance.
        </p>
      )}
      <label className="flex flex-wrap items-center gap-2 text-sm">
        Low-balance alert below
        <input
          className="w-28 rounded-md border border-slate-300 bg-white px-2 py-1 font-mono dark:border-slate-600 dark:bg-slate-900"
          inputMode="decimal"
          placeholder="e.g. 50"
          value={threshold}
          onChange={(e) => {
            const value = e.target.value.trim();
            setThreshold(value);
            saveThreshold(value);
          }}
        />
        TON
      </label>
    </div>
  );
}
