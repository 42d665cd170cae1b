import type { Translate } from './i18n/use-t';

/** A tiny toast queue outside React, so the QueryClient can raise messages (translated when shown). */
export interface Toast {
  id: number;
  /** Same key, same toast: a second one replaces the first. */
  key: string;
  text: (t: Translate) => string;
}

let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

export function showToast(key: string, text: Toast['text'], ttlMs = 6000): void {
  const id = nextId++;
  toasts = [...toasts.filter((t) => t.key !== key), { id, key, text }];
  emit();
  setTimeout(() => dismissToast(id), ttlMs);
}

export function dismissToast(id: number): void {
  toasts = toasts.filter((t) => t.id !== id);
  emit();
}

export function subscribeToasts(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getToasts(): Toast[] {
  return toasts;
}
