import { Link } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { useT } from '@/lib/i18n/use-t';

/** What another role meets at an owner's page (the server refuses its data too; this only says why). */
export function OwnerOnly({ title }: { title: string }) {
  const t = useT();
  return (
    <div className="space-y-3">
      <PageHeading title={title} />
      <p className="text-sm text-muted">{t('app.ownerOnly')}</p>
      <Link to="/orders" className="inline-block text-sm text-accent underline underline-offset-2">
        {t('app.notFound.back')}
      </Link>
    </div>
  );
}
