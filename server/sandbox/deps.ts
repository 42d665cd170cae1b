import type { Clock } from './clock';
import type { Db } from './db';
import type { PricingConfig } from './pricing';

/** Everything a sandbox handler needs; built once in createSandbox. */
export interface SandboxDeps {
  db: Db;
  clock: Clock;
  pricing: PricingConfig;
  /** The one service address every order is paid to (orders are told apart by memo). */
  paymentAddress: string;
  fulfilmentStepMs: number;
  /** Earliest `expires_at` (ms) among pending orders, so most requests can skip the expiry sweep. */
  expiry: { nextAt: number };
}

export interface Partner {
  id: number;
  name: string;
  topup_address: string;
}

export type SandboxEnv = { Variables: { partner: Partner } };
