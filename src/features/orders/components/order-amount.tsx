import type { Order } from '@contract';
import { useCallback } from 'react';
import { useT } from '@/lib/i18n/use-t';

/** What an order delivers, in words of the partner's language: "1,000 stars", "6 months". */
export function useOrderAmount(): (order: Order) => string {
  const t = useT();
  return useCallback(
    (order: Order) => {
      if (order.order_type === 'premium' && order.premium_months != null)
        return t('common.months', { count: order.premium_months });
      if (order.stars_amount != null) return t('common.stars', { count: order.stars_amount });
      return t('common.notAvailable');
    },
    [t],
  );
}
