import type { Invite } from '@contract/workspace';
import { useEffect, useId, useRef } from 'react';
import { inviteLink } from '@/api/team';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { Time } from '@/components/ui/time';
import { useRoleLabel } from '@/lib/i18n/use-role-label';
import { useT } from '@/lib/i18n/use-t';

/**
 * The new link, shown this once (only the answer to creating it carries the token): copy it, then it is gone
 * from the page. It takes the focus when it appears, in place of the form that made it.
 */
export function CreatedInvite({ invite, onDone }: { invite: Invite & { token: string }; onDone: () => void }) {
  const t = useT();
  const roleLabel = useRoleLabel();
  const id = useId();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const link = inviteLink(window.location.origin, invite.token);
  return (
    <section
      ref={ref}
      tabIndex={-1}
      aria-labelledby={id}
      className="space-y-3 rounded-lg border border-line bg-ok-soft p-4 text-sm outline-none"
    >
      <h3 id={id} className="font-medium text-ok">
        {t('team.invite.created', { role: roleLabel(invite.role) })}
      </h3>
      <div className="flex flex-wrap items-center gap-2">
        <code
          data-testid="invite-link"
          className="min-w-0 break-all rounded-md border border-line bg-surface px-2 py-1 font-mono text-xs"
        >
          {link}
        </code>
        <CopyButton value={link} label={t('team.invite.linkLabel')} />
      </div>
      <p>
        {t('team.invite.expires')} <Time iso={invite.expires_at} />
      </p>
      <p className="text-muted">{t('team.invite.once')}</p>
      <Button variant="secondary" onClick={onDone}>
        {t('team.invite.done')}
      </Button>
    </section>
  );
}
