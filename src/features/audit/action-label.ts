import { AUDIT_ACTIONS, type AuditAction } from '@contract/workspace';
import type { Translate } from '@/lib/i18n/use-t';

export function isAuditAction(action: string): action is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(action);
}

/** What happened, in words ("Created an order"); an action this dashboard does not know yet, as sent. */
export function actionLabel(action: string, t: Translate): string {
  return isAuditAction(action) ? t(`audit.action.${action}`) : action.replace(/[._]/g, ' ');
}
