import { Buffer } from 'buffer';

// @ton/core and TonConnect expect Node's Buffer; browsers have none. Imported before them, in their chunk only.
globalThis.Buffer ??= Buffer;
