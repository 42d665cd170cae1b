import { Link } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { useT } from '@/lib/i18n/use-t';

/** The list's title, with the way to a new order for roles that may create one. */
export function OrdersHeading({ canCreate }: { canCreate: boolean }) {
  const t = useT();
  return (
    <div className="flex items-center justify-between gap-3">
      <PageHeading title={t('orders.title')} />
      {canCreate && (
        <Link
          to="/orders/new"
          className="whitespace-nowrap rounded-md bg-accent px-3 py-2 text-sm font-medium text-on-accent hover:opacity-90"
        >
          {t('orders.newOrder')}
        </Link>
      )}
    </div>
  );
}
