import { Button } from '@/components/ui/button';
import { useT } from '@/lib/i18n/use-t';
import type { ExportColumn } from '../columns';

/** Checkboxes with the columns' human names (the file's header keeps the API names, shown small beside them). */
export function ColumnPicker({
  columns,
  chosen,
  onChange,
  disabled,
}: {
  columns: readonly ExportColumn[];
  chosen: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
  disabled: boolean;
}) {
  const t = useT();
  return (
    <fieldset className="space-y-2" disabled={disabled}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <legend className="float-left font-medium">{t('export.columns')}</legend>
        <div className="flex gap-1">
          <Button variant="ghost" onClick={() => onChange(new Set(columns.map((c) => c.key)))}>
            {t('export.selectAll')}
          </Button>
          <Button variant="ghost" onClick={() => onChange(new Set())}>
            {t('export.selectNone')}
          </Button>
        </div>
      </div>
      <p className="clear-both text-xs text-muted">{t('export.columnsHint')}</p>
      <div className="grid gap-x-4 gap-y-1 sm:grid-cols-2">
        {columns.map((column) => (
          <label key={column.key} className="flex items-baseline gap-2 py-0.5">
            <input
              type="checkbox"
              className="size-4 translate-y-0.5 accent-[var(--accent)]"
              checked={chosen.has(column.key)}
              onChange={(e) => {
                const next = new Set(chosen);
                if (e.target.checked) next.add(column.key);
                else next.delete(column.key);
                onChange(next);
              }}
            />
            <span>{t(column.label)}</span>
            <code className="truncate text-xs text-muted">{column.key}</code>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
