import './buffer-polyfill';
import { beginCell, Cell } from '@ton/core';

/** A TON text comment as wallets expect it: a cell with 32 zero bits, then the UTF-8 text; base64 BOC. */
export function commentPayload(text: string): string {
  return beginCell().storeUint(0, 32).storeStringTail(text).endCell().toBoc().toString('base64');
}

/** Reads a text comment payload back; null when the payload is not a text comment. */
export function readCommentPayload(boc: string): string | null {
  const slice = Cell.fromBase64(boc).beginParse();
  if (slice.remainingBits < 32 || slice.loadUint(32) !== 0) return null;
  return slice.loadStringTail();
}
