// Violation: the same through a relative path.
import { b } from '../b/b';

export const c = `c needs ${b}`;
