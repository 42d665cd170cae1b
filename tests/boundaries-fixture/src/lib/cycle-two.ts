import type { One } from './cycle-one';

export interface Two {
  one?: One;
}
