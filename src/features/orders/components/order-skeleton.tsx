import { Skeleton } from '@/components/ui/skeleton';
import { useT } from '@/lib/i18n/use-t';

/** The order page's shape while it loads: heading, state banner, timeline and details. */
export function OrderSkeleton({ id }: { id: number }) {
  const t = useT();
  return (
    <div role="status" aria-busy="true" aria-label={t('order.loading', { id })} className="space-y-6">
      <div className="flex items-center gap-3">
        <Skeleton className="h-8 w-44" />
        <Skeleton className="h-6 w-24 rounded-full" />
      </div>
      <Skeleton className="h-12 w-full rounded-lg" />
      <div className="flex flex-col gap-3 sm:flex-row sm:gap-6">
        {['a', 'b', 'c', 'd'].map((key) => (
          <Skeleton key={key} className="h-10 w-36" />
        ))}
      </div>
      <Skeleton className="h-56 w-full rounded-lg" />
    </div>
  );
}
