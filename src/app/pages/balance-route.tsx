import { useQuery } from '@tanstack/react-query';
import { sessionQueries } from '@/api/session';
import { BalancePage } from '@/features/balance/components/balance-page';
import { ExportButton } from '@/features/export/components/export-button';
import { TopUpPanel } from '@/features/payments/components/top-up-panel';
import { useT } from '@/lib/i18n/use-t';
import { useCan } from '@/lib/permissions';

/** The balance with topping up and the transactions export, each for the roles that may use it. */
export default function Route() {
  const t = useT();
  const session = useQuery(sessionQueries.current());
  const pays = useCan('payments.send');
  const exports = useCan('orders.export');
  const sandbox = session.data?.mode === 'sandbox';
  return (
    <BalancePage
      topUp={pays ? (balance, onSent) => <TopUpPanel balance={balance} sandbox={sandbox} onSent={onSent} /> : undefined}
      renderExport={
        exports ? (type) => <ExportButton source={{ kind: 'transactions', type }} label={t('balance.export')} /> : undefined
      }
    />
  );
}
