import { type FormEvent, useEffect, useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { useT } from '@/lib/i18n/use-t';

/**
 * One box for an order id, a payment memo, a recipient (`@pandus`) or a client reference. It is also a
 * plain GET form to /orders?q=…, which the server renders with its results: it works before the scripts
 * have loaded. The placeholder is a short example; the hint below says in full what it finds.
 */
export function OrderSearch({ value, onSearch }: { value: string | undefined; onSearch: (q: string | undefined) => void }) {
  const t = useT();
  const [text, setText] = useState(value ?? '');
  const id = useId();
  useEffect(() => setText(value ?? ''), [value]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Sent as typed: a reference may really have surrounding spaces (the search falls back to it trimmed).
    onSearch(text.trim() === '' ? undefined : text);
  };
  return (
    <form role="search" action="/orders" method="get" onSubmit={submit} className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {t('orders.search.label')}
      </label>
      <div className="flex items-center gap-2">
        <input
          id={id}
          name="q"
          type="search"
          className={`${inputClass} min-w-0 flex-1 md:w-80 md:flex-none`}
          placeholder={t('orders.search.placeholder')}
          aria-describedby={`${id}-hint`}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <Button type="submit">{t('orders.search.submit')}</Button>
        {value && (
          <Button variant="ghost" onClick={() => onSearch(undefined)}>
            {t('orders.search.clear')}
          </Button>
        )}
      </div>
      <p id={`${id}-hint`} className="text-xs text-muted">
        {t('orders.search.hint')}
      </p>
    </form>
  );
}
