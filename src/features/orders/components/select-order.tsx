import type { Order } from '@contract';
import { useContext, useId } from 'react';
import { useT } from '@/lib/i18n/use-t';
import { isSelectable, OrderSelectionContext } from '../order-selection';

const boxClass = 'relative z-10 mr-2 size-4 cursor-pointer align-[-2px] accent-accent';

/** A row's checkbox to pay it with others (only orders awaiting a TON transfer, only for roles that pay). */
export function SelectOrder({ order }: { order: Order }) {
  const t = useT();
  const selection = useContext(OrderSelectionContext);
  if (!selection || !isSelectable(order)) return null;
  return (
    <input
      type="checkbox"
      className={boxClass}
      checked={selection.selected.has(order.id)}
      onChange={(event) => selection.toggle([order], event.target.checked)}
      aria-label={t('orders.select.one', { id: order.id })}
    />
  );
}

/**
 * Every order of this page that awaits a TON transfer, picked or dropped at once: the table header's checkbox,
 * or (`phone`) a labelled one above the cards, where the list has no header row.
 */
export function SelectAllOrders({ orders, phone = false }: { orders: readonly Order[]; phone?: boolean }) {
  const t = useT();
  const id = useId();
  const selection = useContext(OrderSelectionContext);
  const selectable = orders.filter(isSelectable);
  if (!selection || selectable.length === 0) return null;
  const all = selectable.every((order) => selection.selected.has(order.id));
  const label = t('orders.select.all', { count: selectable.length });
  const box = (
    <input
      id={id}
      type="checkbox"
      className={boxClass}
      checked={all}
      onChange={(event) => selection.toggle(selectable, event.target.checked)}
      aria-label={phone ? undefined : label}
    />
  );
  if (!phone) return box;
  return (
    <div className="mb-2 flex items-center text-sm md:hidden">
      {box}
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
