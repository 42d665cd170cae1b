import { type OrderStatus, orderStatuses } from '@contract';
import { useCallback } from 'react';
import { useT } from './use-t';

function isKnownStatus(status: string): status is OrderStatus {
  return (orderStatuses as readonly string[]).includes(status);
}

/** A status in words ("Awaiting payment"); a status this dashboard does not know yet is shown as sent. */
export function useStatusLabel(): (status: string) => string {
  const t = useT();
  return useCallback((status: string) => (isKnownStatus(status) ? t(`common.status.${status}`) : status.replace(/_/g, ' ')), [t]);
}
