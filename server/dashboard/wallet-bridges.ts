import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';

const walletsSchema = z.array(z.looseObject({ bridge: z.optional(z.array(z.looseObject({ url: z.optional(z.string()) }))) }));

const cache = new Map<string, readonly string[]>();

/**
 * The origins of the TonConnect bridges in the wallets list the app offers (`tonconnect-wallets.json`,
 * served by us): the only remote hosts the browser needs to reach, so the CSP's connect-src names them.
 */
export function bridgeOrigins(staticDir: string): readonly string[] {
  const known = cache.get(staticDir);
  if (known) return known;
  const file = join(staticDir, 'tonconnect-wallets.json');
  let origins: string[] = [];
  if (existsSync(file)) {
    const parsed = walletsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    const urls = parsed.success
      ? parsed.data.flatMap((wallet) => wallet.bridge ?? []).flatMap((b) => (b.url ? [b.url] : []))
      : [];
    origins = [...new Set(urls.map((url) => new URL(url).origin))].sort();
  }
  cache.set(staticDir, origins);
  return origins;
}
