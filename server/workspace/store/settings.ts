import type { PartnerKey } from '../../../contract/workspace';
import type { SecretBox } from '../crypto/secret-box';
import type { WorkspaceDb } from '../db/connect';

const KEY_PURPOSE = 'partner-key';

/** `osk_…a1b2`: enough to tell two keys apart, nothing to use. */
export function maskKey(last4: string): string {
  return `osk_…${last4}`;
}

/**
 * The single workspace row: the sealed partner key and the two-factor policy. The key is opened only to
 * call the upstream; the plain key of the last sealed value is kept in memory so a request does not pay
 * for a decryption.
 */
export function settingsStore(db: WorkspaceDb, box: SecretBox, now: () => number) {
  let opened: { sealed: string; key: string } | undefined;
  const row = () => db.selectFrom('workspace').selectAll().where('id', '=', 1).executeTakeFirst();
  return {
    row,
    async isSetUp(): Promise<boolean> {
      return (await row())?.key_sealed != null;
    },
    /** Creates the row with the key, unless one exists: true when this call created it. */
    async initialise(apiKey: string, by: string): Promise<boolean> {
      const result = await db
        .insertInto('workspace')
        .values({
          id: 1,
          key_sealed: box.seal(apiKey, KEY_PURPOSE),
          key_last4: apiKey.slice(-4),
          key_updated_at: now(),
          key_updated_by: by,
          two_factor_required: 0,
          created_at: now(),
        })
        .onConflict((conflict) => conflict.column('id').doNothing())
        .returning('id')
        .executeTakeFirst();
      return result !== undefined;
    },
    async replaceKey(apiKey: string, by: string): Promise<void> {
      await db
        .updateTable('workspace')
        .set({
          key_sealed: box.seal(apiKey, KEY_PURPOSE),
          key_last4: apiKey.slice(-4),
          key_updated_at: now(),
          key_updated_by: by,
        })
        .where('id', '=', 1)
        .execute();
    },
    openKey(sealed: string | null): string | undefined {
      if (!sealed) return undefined;
      if (opened?.sealed !== sealed) opened = { sealed, key: box.open(sealed, KEY_PURPOSE) };
      return opened.key;
    },
    async partnerKey(): Promise<PartnerKey | undefined> {
      const current = await row();
      if (!current?.key_last4 || current.key_updated_at === null) return undefined;
      return {
        masked: maskKey(current.key_last4),
        updated_at: new Date(current.key_updated_at).toISOString(),
        updated_by: current.key_updated_by,
      };
    },
    async twoFactorRequired(): Promise<boolean> {
      return (await row())?.two_factor_required === 1;
    },
    async setTwoFactorRequired(required: boolean): Promise<void> {
      await db
        .updateTable('workspace')
        .set({ two_factor_required: required ? 1 : 0 })
        .where('id', '=', 1)
        .execute();
    },
  };
}
export type SettingsStore = ReturnType<typeof settingsStore>;
