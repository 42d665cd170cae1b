import type { Messages } from '@lingui/core';

/** The block a server-rendered page carries: the compiled catalog of the language it was rendered in. */
export const MESSAGES_ID = 'om-messages';

/** A compiled ICU message: text, or Lingui's array form of text, arguments and plural/select cases. */
function isCompiledMessage(value: unknown): boolean {
  return typeof value === 'string' || Array.isArray(value);
}

/**
 * The catalog the server embedded in this page, so the first render needs no catalog request before it can
 * hydrate (and no catalog in the first load's JavaScript); null when absent or malformed (the app then loads it).
 */
export function embeddedMessages(doc: Document): Messages | null {
  const text = doc.getElementById(MESSAGES_ID)?.textContent;
  if (!text) return null;
  try {
    const json: unknown = JSON.parse(text);
    if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
    const entries = Object.entries(json);
    if (entries.length === 0 || !entries.every(([, message]) => isCompiledMessage(message))) return null;
    return Object.fromEntries(entries);
  } catch {
    return null;
  }
}
