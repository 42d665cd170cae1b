import { dayIn } from '@/lib/format';
import { usePreferences } from '@/lib/preferences/preferences-context';
import { orderColumns, transactionColumns } from '../columns';
import { csvFileName } from '../file-name';
import { type ExportSource, orderExportFilters } from '../sources';
import { ExportRunner } from './export-runner';

/** The modal's body for one source: its columns, what the server is asked to write, and a file name that says what is inside. */
export function ExportDialog({ source }: { source: ExportSource }) {
  const { timeZone } = usePreferences();
  const today = dayIn(Date.now(), timeZone);
  if (source.kind === 'transactions') {
    const fileName = csvFileName('balance-transactions', { type: source.type }, today);
    return (
      <ExportRunner
        source={source}
        columns={transactionColumns}
        fileName={fileName}
        request={(columns) => ({ source: 'transactions', type: source.type, columns, file_name: fileName })}
      />
    );
  }
  const fileName = csvFileName('orders', source.kind === 'reference' ? { reference: source.reference } : source.filters, today);
  return (
    <ExportRunner
      source={source}
      columns={orderColumns}
      fileName={fileName}
      request={(columns) =>
        source.kind === 'reference'
          ? { source: 'reference', reference: source.reference, columns, file_name: fileName }
          : { source: 'orders', filters: orderExportFilters(source.filters), columns, file_name: fileName }
      }
    />
  );
}
