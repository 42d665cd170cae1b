import { lazy, Suspense } from 'react';
import { JobPage } from '@/features/bulk/components/job-page';
import { useCan } from '@/lib/permissions';
import { NotAllowed } from '../shell/not-allowed';
import { useSandbox } from '../use-sandbox';

const PaySelected = lazy(() => import('@/features/payments/components/pay-selected').then((m) => ({ default: m.PaySelected })));

/** A bulk job's live page, with paying its pending orders together plugged in for roles that pay. */
export default function Route() {
  const runs = useCan('bulk.run');
  const pays = useCan('payments.send');
  const sandbox = useSandbox();
  if (!runs) return <NotAllowed page="bulk.title" reason="app.notAllowed.bulk" />;
  return (
    <JobPage
      renderPay={
        pays
          ? ({ orders, clear, drop }) => (
              <Suspense fallback={null}>
                <PaySelected selected={orders} sandbox={sandbox} onClear={clear} onPaid={drop} />
              </Suspense>
            )
          : undefined
      }
    />
  );
}
