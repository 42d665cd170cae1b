import type { ReactNode } from 'react';
import { CopyButton } from '@/components/ui/copy-button';
import { useT } from '@/lib/i18n/use-t';

/** The top-up address with copy, the payments feature's top-up panel, and whether a top-up is awaited. */
export function TopUpCard({ address, watching, children }: { address: string; watching: boolean; children: ReactNode }) {
  const t = useT();
  return (
    <section
      id="top-up"
      aria-labelledby="top-up-heading"
      className="scroll-mt-4 space-y-3 rounded-lg border border-line bg-surface p-4"
    >
      <h2 id="top-up-heading" className="font-semibold">
        {t('balance.topUp.heading')}
      </h2>
      <p className="text-sm text-muted">{t('balance.topUp.address')}</p>
      <div className="flex items-center gap-2">
        <code className="break-all rounded bg-subtle px-2 py-1 text-sm" data-testid="topup-address">
          {address}
        </code>
        <CopyButton value={address} label={t('balance.topUp.addressLabel')} />
      </div>
      {children}
      {watching && (
        <p role="status" className="text-sm text-info">
          {t('balance.topUp.waiting')}
        </p>
      )}
    </section>
  );
}
