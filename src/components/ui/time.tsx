import { useFormat } from '@/lib/use-format';

/** An instant in the partner's zone (`2026-04-16 19:00`), the exact UTC instant on hover. */
export function Time({ iso, className }: { iso: string | null | undefined; className?: string }) {
  const format = useFormat();
  if (!iso) return <span className={className}>—</span>;
  return (
    <time dateTime={iso} title={format.utc(iso)} className={`tabular-nums ${className ?? ''}`}>
      {format.dateTime(iso)}
    </time>
  );
}
