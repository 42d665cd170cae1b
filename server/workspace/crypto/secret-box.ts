import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * AES-256-GCM for what the dashboard must keep but never show: the partner key and TOTP secrets.
 * Sealed text is `v1.<iv>.<tag>.<ciphertext>` (base64url); the purpose is bound in as associated data,
 * so a sealed TOTP secret can never be opened as a partner key.
 */
export interface SecretBox {
  seal(plain: string, purpose: string): string;
  open(sealed: string, purpose: string): string;
}

export function secretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error('the dashboard secret must be 32 bytes');
  return {
    seal(plain, purpose) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(purpose));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return ['v1', iv, cipher.getAuthTag(), body]
        .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
        .join('.');
    },
    open(sealed, purpose) {
      const [version, iv, tag, body] = sealed.split('.');
      if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('not a sealed value');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(purpose));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
}

/**
 * The 32-byte key: from `DASHBOARD_SECRET` (any long random string, hashed to 32 bytes), else from a file in
 * the data directory, created once with mode 0600. An in-memory workspace gets a key that lives as long
 * as the process (nothing it sealed outlives it anyway).
 */
export function loadSecretKey(options: { secret?: string; file?: string }): Buffer {
  if (options.secret !== undefined) {
    if (options.secret.length < 32) throw new Error('DASHBOARD_SECRET must be at least 32 characters');
    return createHash('sha256').update(`openmoney-dashboard:${options.secret}`).digest();
  }
  if (!options.file) return randomBytes(32);
  if (!existsSync(options.file)) {
    mkdirSync(dirname(options.file), { recursive: true });
    writeFileSync(options.file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }
  chmodSync(options.file, 0o600);
  const key = Buffer.from(readFileSync(options.file, 'utf8').trim(), 'base64url');
  if (key.length !== 32) throw new Error(`${options.file} does not hold a 32-byte dashboard secret`);
  return key;
}
