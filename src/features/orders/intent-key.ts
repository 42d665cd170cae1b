/**
 * One Idempotency-Key per order intent: the same content keeps its key across automatic and manual
 * retries; changing the content, or a success, starts a new intent with a new key.
 */
export interface Intent {
  fingerprint: string;
  key: string;
}

export function intentFor(previous: Intent | null, fingerprint: string, newKey: () => string): Intent {
  return previous && previous.fingerprint === fingerprint ? previous : { fingerprint, key: newKey() };
}

/** Stable text of what is being ordered (key order cannot change it). */
export function fingerprintOf(body: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(body)
      .sort()
      .map((k) => [k, body[k] ?? null]),
  );
}
