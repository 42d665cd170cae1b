import { type FormEvent, useEffect, useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';

/**
 * One box for an order id, a payment memo or a client reference. It is also a plain GET form to
 * /orders?q=…, which the server renders with its results: it works before the scripts have loaded.
 */
export function OrderSearch({ value, onSearch }: { value: string | undefined; onSearch: (q: string | undefined) => void }) {
  const [text, setText] = useState(value ?? '');
  const id = useId();
  useEffect(() => setText(value ?? ''), [value]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Sent as typed: a reference may really have surrounding spaces (the search falls back to it trimmed).
    onSearch(text.trim() === '' ? undefined : text);
  };
  return (
    <form role="search" action="/orders" method="get" onSubmit={submit} className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm font-medium">
          Find an order
        </label>
        <input
          id={id}
          name="q"
          type="search"
          className={`${inputClass} w-72 max-w-full`}
          placeholder="Order id, memo (STARS-…) or reference"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <Button type="submit">Search</Button>
      {value && (
        <Button variant="ghost" onClick={() => onSearch(undefined)}>
          Clear search
        </Button>
      )}
    </form>
  );
}
