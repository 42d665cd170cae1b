// Violation: one feature importing another through the alias.
import { b } from '@/features/b/b';

export const a = `a needs ${b}`;
