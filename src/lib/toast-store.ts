/** A tiny toast queue outside React, so the QueryClient can raise messages. */
export interface Toast {
  id: number;
  message: string;
}

let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

export function showToast(message: string, ttlMs = 6000): void {
  const id = nextId++;
  toasts = [...toasts.filter((t) => t.message !== message), { id, message }];
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
