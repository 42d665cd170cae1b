import type { ExportRequest } from '@contract/export';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { DialogClose } from '@/components/ui/dialog';
import { useT } from '@/lib/i18n/use-t';
import type { ExportColumn } from '../columns';
import { type ExportSource, exportCountQuery } from '../sources';
import { useServerExport } from '../use-server-export';
import { ColumnPicker } from './column-picker';
import { ExportStatus } from './export-status';
import { RowCount } from './row-count';

interface RunnerProps<K extends string> {
  source: ExportSource;
  columns: readonly ExportColumn<K>[];
  fileName: string;
  /** What the server is asked to write, for the columns chosen (in file order). */
  request: (columns: K[]) => ExportRequest;
}

/** Choose columns, see how many rows will be written, run with progress and cancel; the file downloads as it is written. */
export function ExportRunner<K extends string>({ source, columns, fileName, request }: RunnerProps<K>) {
  const t = useT();
  const count = useQuery(exportCountQuery(source));
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(columns.map((c) => c.key)));
  const { state, start, cancel } = useServerExport(count.data);
  const running = state.kind === 'running';
  return (
    <div className="space-y-4 text-sm">
      <RowCount query={count} fileName={fileName} />
      <ColumnPicker columns={columns} chosen={chosen} onChange={setChosen} disabled={running} />
      {chosen.size === 0 && <p className="text-warn">{t('export.noColumns')}</p>}
      <ExportStatus state={state} />
      <div className="flex flex-wrap justify-end gap-2">
        <DialogClose asChild>
          <Button variant="ghost">{t('common.close')}</Button>
        </DialogClose>
        {running ? (
          <Button variant="secondary" onClick={() => void cancel()}>
            {t('export.cancel')}
          </Button>
        ) : (
          <Button
            onClick={() => void start(request(columns.filter((c) => chosen.has(c.key)).map((c) => c.key)))}
            disabled={chosen.size === 0}
          >
            {state.kind === 'choosing' ? t('export.start') : t('export.again')}
          </Button>
        )}
      </div>
    </div>
  );
}
