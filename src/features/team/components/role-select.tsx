import { type Member, ROLES, roleSchema } from '@contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { changeRole, teamQueries } from '@/api/team';
import { inputClass } from '@/components/ui/field';
import { useErrorMessage } from '@/lib/i18n/use-error-message';
import { useRoleLabel } from '@/lib/i18n/use-role-label';
import { useT } from '@/lib/i18n/use-t';

/** Changes a member's role at once (the server ends their sessions); a refusal is said under the select. */
export function RoleSelect({ member }: { member: Member }) {
  const t = useT();
  const roleLabel = useRoleLabel();
  const errorText = useErrorMessage();
  const errorId = useId();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: changeRole,
    onSuccess: (updated) =>
      queryClient.setQueryData(teamQueries.members().queryKey, (old) =>
        old?.map((one) => (one.id === updated.id ? updated : one)),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: teamQueries.members().queryKey }),
  });
  const shown = mutation.isPending ? mutation.variables.role : member.role;
  return (
    <div className="flex flex-col gap-1">
      <select
        aria-label={t('team.members.roleOf', { name: member.name })}
        aria-describedby={mutation.isError ? errorId : undefined}
        aria-invalid={mutation.isError || undefined}
        className={`${inputClass} py-1.5`}
        value={shown}
        disabled={mutation.isPending}
        onChange={(event) => {
          const role = roleSchema.safeParse(event.target.value);
          if (role.success && role.data !== member.role) mutation.mutate({ id: member.id, role: role.data });
        }}
      >
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {roleLabel(role)}
          </option>
        ))}
      </select>
      {mutation.isError && (
        <p id={errorId} role="alert" className="text-xs text-bad">
          {errorText(mutation.error)}
        </p>
      )}
    </div>
  );
}
