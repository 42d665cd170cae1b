import { useQuery } from '@tanstack/react-query';
import { sessionQueries } from '@/api/session';
import { BalancePage } from '@/features/balance/components/balance-page';
import { ExportButton } from '@/features/export/components/export-button';
import { TopUpPanel } from '@/features/payments/components/top-up-panel';
import { useT } from '@/lib/i18n/use-t';

export default function Route() {
  const t = useT();
  const session = useQuery(sessionQueries.current());
  const sandbox = session.data?.mode === 'sandbox';
  return (
    <BalancePage
      topUp={(balance, onSent) => <TopUpPanel balance={balance} sandbox={sandbox} onSent={onSent} />}
      renderExport={(type) => <ExportButton source={{ kind: 'transactions', type }} label={t('balance.export')} />}
    />
  );
}
