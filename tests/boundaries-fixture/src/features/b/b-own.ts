// Allowed: inside the same feature.
import { b } from './b';

export const own = b;
