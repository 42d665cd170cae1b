// Violation: the web app reaching into the server.
import { allowed } from '../../server/allowed';

export const leak = allowed;
