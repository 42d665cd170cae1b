import { createHash, randomBytes } from 'node:crypto';
import { Address, Cell } from '@ton/core';

/** A deterministic, checksummed user-friendly address (non-bounceable, `UQ…`) derived from a seed. */
export function addressFromSeed(seed: string): string {
  const hash = createHash('sha256').update(seed).digest();
  return new Address(0, hash).toString({ bounceable: false, urlSafe: true });
}

/** Parses any address form a wallet may send (user-friendly with checksum, or raw `0:<hex>`). */
export function parseAddress(text: string): Address | null {
  try {
    return Address.parse(text.trim());
  } catch {
    return null;
  }
}

export type CommentResult = { ok: true; comment: string | null } | { ok: false; message: string };

/**
 * Decodes a TonConnect `payload`: a base64 BOC whose root cell is a text comment
 * (32 zero bits, then UTF-8). Any other payload is a valid transfer without a comment.
 */
export function decodeCommentPayload(payload: string | undefined): CommentResult {
  if (payload === undefined || payload === '') return { ok: true, comment: null };
  let cell: Cell;
  try {
    const cells = Cell.fromBoc(Buffer.from(payload, 'base64'));
    if (cells.length !== 1 || !cells[0]) return { ok: false, message: 'payload must hold exactly one root cell' };
    cell = cells[0];
  } catch {
    return { ok: false, message: 'payload must be a base64-encoded BOC' };
  }
  const slice = cell.beginParse();
  if (slice.remainingBits < 32 || slice.loadUint(32) !== 0) return { ok: true, comment: null };
  try {
    return { ok: true, comment: slice.loadStringTail() };
  } catch {
    return { ok: false, message: 'payload comment is not valid text' };
  }
}

export function newTxHash(): string {
  return randomBytes(32).toString('hex');
}
