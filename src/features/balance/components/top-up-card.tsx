import type { ReactNode } from 'react';
import { CopyButton } from '@/components/ui/copy-button';

/** The top-up address with copy, the payments feature's top-up panel, and whether a top-up is awaited. */
export function TopUpCard({ address, watching, children }: { address: string; watching: boolean; children: ReactNode }) {
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <p className="text-sm text-slate-600 dark:text-slate-400">Top-up address (plain TON transfers credit the balance)</p>
      <div className="flex items-center gap-2">
        <code className="break-all text-sm" data-testid="topup-address">
          {address}
        </code>
        <CopyButton value={address} label="top-up address" />
      </div>
      {children}
      {watching && (
        <p role="status" className="text-sm">
          Waiting for the top-up to arrive…
        </p>
      )}
    </div>
  );
}
