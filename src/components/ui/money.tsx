import { useT } from '@/lib/i18n/use-t';
import { useFormat } from '@/lib/use-format';

/**
 * An exact TON amount (`1,234.5 TON`), digits of equal width so columns line up. `decimals` pads the decimals to a column's width so the decimal marks line up.
 */
export function Ton({ value, decimals, className }: { value: number | string; decimals?: number; className?: string }) {
  const format = useFormat();
  const t = useT();
  const text = format.ton(value);
  const fraction = text.match(/\D(\d+)$/)?.[1]?.length ?? 0;
  const pad = decimals !== undefined && decimals > fraction ? '\u2007'.repeat(decimals - fraction + (fraction ? 0 : 1)) : '';
  return <span className={`tabular-nums whitespace-nowrap ${className ?? ''}`}>{t('common.ton', { amount: text + pad })}</span>;
}
