import { dayIn } from '@/lib/format';
import { usePreferences } from '@/lib/preferences/preferences-context';
import { orderColumns, transactionColumns } from '../columns';
import { csvFileName } from '../csv';
import { type ExportSource, orderPages, transactionPages } from '../sources';
import { ExportRunner } from './export-runner';

/** The modal's body for one source: its columns, its pages and a file name that says what is inside. */
export function ExportDialog({ source }: { source: ExportSource }) {
  const { timeZone } = usePreferences();
  const today = dayIn(Date.now(), timeZone);
  if (source.kind === 'transactions') {
    return (
      <ExportRunner
        source={source}
        columns={transactionColumns}
        fetchPage={transactionPages(source.type)}
        fileName={csvFileName('balance-transactions', { type: source.type }, today)}
      />
    );
  }
  const parts = source.kind === 'reference' ? { reference: source.reference } : source.filters;
  return (
    <ExportRunner
      source={source}
      columns={orderColumns}
      fetchPage={orderPages(source)}
      fileName={csvFileName('orders', parts, today)}
    />
  );
}
