/**
 * Orders this browser already sent a payment for (order id → ISO time), kept for the tab's life so a
 * second payment needs an explicit confirmation even after a reload. Ids and times only; no secrets.
 */
const STORAGE_KEY = 'om-sent-payments';

function read(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? '{}');
    return typeof parsed === 'object' && parsed !== null
      ? Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'string'))
      : {};
  } catch {
    return {};
  }
}

export function sentAt(orderId: number): string | null {
  return read()[String(orderId)] ?? null;
}

export function recordSent(orderId: number, at: Date = new Date()): void {
  try {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ ...read(), [String(orderId)]: at.toISOString() }));
  } catch {
    // Storage refused (private mode): the confirmation still works for this page's life through component state.
  }
}
