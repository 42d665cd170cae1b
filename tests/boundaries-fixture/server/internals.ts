// Violation: the server importing a web-app module other than the entry.
import { util } from '../src/lib/util';

export const internals = util;
