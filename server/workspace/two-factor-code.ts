import { totpStep } from './crypto/totp';
import type { Workspace } from './workspace';

/**
 * Checks a member's two-factor `code` against their sealed secret (`purpose` "totp") and spends it: a code is
 * good once, so one seen over someone's shoulder, or replayed from a log, fails within its 30 s window too.
 */
export async function spendTotpCode(
  workspace: Workspace,
  memberId: string,
  sealedSecret: string,
  code: string,
): Promise<'ok' | 'invalid' | 'used'> {
  const step = totpStep(workspace.box.open(sealedSecret, 'totp'), code);
  if (step === null) return 'invalid';
  return (await workspace.members.claimTotpStep(memberId, step)) ? 'ok' : 'used';
}
