import { useLowBalance } from '../use-low-balance';
import { LowBalanceNotice } from './low-balance-notice';

/** The low-balance warning as New order shows it (the route composes it in: features don't import features). */
export function NewOrderLowBalance() {
  return <LowBalanceNotice low={useLowBalance()} />;
}
