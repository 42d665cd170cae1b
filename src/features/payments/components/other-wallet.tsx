import { QrCode } from '@/components/ui/qr-code';
import { useT } from '@/lib/i18n/use-t';
import { type PlannedTransfer, tonTransferLink } from '@/lib/ton/transfer';

/** A ton:// link and its QR code, for wallets without TonConnect. */
export function OtherWallet({ transfer, summary, qrLabel }: { transfer: PlannedTransfer; summary: string; qrLabel: string }) {
  const t = useT();
  const link = tonTransferLink(transfer);
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-accent">{summary}</summary>
      <div className="mt-2 flex flex-wrap items-center gap-4">
        <QrCode value={link} label={qrLabel} />
        <a className="break-all text-accent underline" href={link}>
          {t('payments.openLink')}
        </a>
      </div>
    </details>
  );
}
