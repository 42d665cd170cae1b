import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { createInvite, INVITE_ROLES, type InviteRole, teamQueries } from '@/api/team';
import { Button } from '@/components/ui/button';
import { RadioGroup } from '@/components/ui/radio-group';
import { useErrorMessage } from '@/lib/i18n/use-error-message';
import { useRoleLabel } from '@/lib/i18n/use-role-label';
import { useT } from '@/lib/i18n/use-t';
import { CreatedInvite } from './created-invite';

/** Pick a role, get a single-use link to hand over (no mail server: the owner sends it however they like). */
export function InviteForm() {
  const t = useT();
  const roleLabel = useRoleLabel();
  const errorText = useErrorMessage();
  const queryClient = useQueryClient();
  const [role, setRole] = useState<InviteRole>('support');
  const mutation = useMutation({
    mutationFn: createInvite,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamQueries.invites().queryKey }),
  });
  if (mutation.isSuccess) return <CreatedInvite invite={mutation.data} onDone={() => mutation.reset()} />;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate(role);
  };
  return (
    <form onSubmit={submit} aria-label={t('team.invite.form')} className="space-y-3">
      <RadioGroup
        legend={t('team.invite.role')}
        name="invite-role"
        value={role}
        onChange={setRole}
        className="grid gap-2 sm:grid-cols-3"
        options={INVITE_ROLES.map((value) => ({
          value,
          label: (
            <span className="flex flex-col">
              <span>{roleLabel(value)}</span>
              <span className="text-xs font-normal text-muted">{t(`common.roleAbout.${value}`)}</span>
            </span>
          ),
        }))}
      />
      {mutation.isError && (
        <p role="alert" className="text-sm text-bad">
          {errorText(mutation.error)}
        </p>
      )}
      <Button type="submit" disabled={mutation.isPending}>
        {mutation.isPending ? t('team.invite.busy') : t('team.invite.submit')}
      </Button>
    </form>
  );
}
