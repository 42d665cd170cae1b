import type { Order } from '@contract';
import type { ReactNode } from 'react';
import { OrderSelectionContext, useOrderSelection } from '../order-selection';

/** Orders picked in the list to pay together, for the bar the route plugs in. */
export interface PickedOrders {
  orders: Order[];
  clear: () => void;
  /** Takes orders out of the selection (those just paid). */
  drop: (ids: readonly number[]) => void;
}

/**
 * Lets the rows inside be picked (checkboxes on orders awaiting a TON transfer) when `renderPay` is given,
 * and shows its bar under them once something was picked. Without it, lists have no checkboxes.
 */
export function PickableOrders({
  renderPay,
  children,
}: {
  renderPay?: (picked: PickedOrders) => ReactNode;
  children: ReactNode;
}) {
  const selection = useOrderSelection();
  return (
    <OrderSelectionContext value={renderPay ? selection : null}>
      {children}
      {renderPay &&
        selection.used &&
        renderPay({ orders: [...selection.selected.values()], clear: selection.clear, drop: selection.drop })}
    </OrderSelectionContext>
  );
}
