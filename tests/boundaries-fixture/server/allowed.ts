// Allowed: the server imports the web app through its entry.
import { entry } from '../src/entry-server';

export const allowed = entry;
