import type { QueryClient } from '@tanstack/react-query';

/** How a request reaches the API: the browser's own fetch, or the server render's upstream with the session's key. */
export type Transport = (path: string, init: RequestInit) => Promise<Response>;

const transports = new WeakMap<QueryClient, Transport>();

/**
 * Binds a transport to one QueryClient. The server's first render creates a QueryClient per request and binds
 * its upstream here, so the API layer's query functions (which read it from their context's `client`) run the
 * same code on both sides. A QueryClient without a binding uses the browser's fetch.
 */
export function bindTransport(client: QueryClient, transport: Transport): void {
  transports.set(client, transport);
}

export function transportOf(client: QueryClient): Transport | undefined {
  return transports.get(client);
}
