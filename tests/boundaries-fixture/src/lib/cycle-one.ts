// Violation: a cycle over a type only.
import type { Two } from './cycle-two';

export interface One {
  two?: Two;
}
