import type { Member } from '@contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { removeMember, teamQueries } from '@/api/team';
import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogTrigger } from '@/components/ui/dialog';
import { useErrorMessage } from '@/lib/i18n/use-error-message';
import { useT } from '@/lib/i18n/use-t';

/** Remove behind a confirmation: the person is signed out everywhere at once and can no longer sign in. */
export function RemoveMember({ member }: { member: Member }) {
  const t = useT();
  const errorText = useErrorMessage();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const mutation = useMutation({
    mutationFn: () => removeMember(member.id),
    onSuccess: () => {
      queryClient.setQueryData(teamQueries.members().queryKey, (old) => old?.filter((one) => one.id !== member.id));
      setOpen(false);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: teamQueries.members().queryKey }),
  });
  const change = (next: boolean) => {
    setOpen(next);
    if (!next) mutation.reset();
  };
  return (
    <Dialog open={open} onOpenChange={change}>
      <DialogTrigger asChild>
        <Button variant="secondary" className="px-2 py-1" aria-label={t('team.remove.buttonFor', { name: member.name })}>
          {t('team.remove.button')}
        </Button>
      </DialogTrigger>
      <DialogContent title={t('team.remove.title', { name: member.name })} description={t('team.remove.body')}>
        {mutation.isError && (
          <p role="alert" className="mb-4 rounded-md bg-bad-soft px-3 py-2 text-sm text-bad">
            {errorText(mutation.error)}
          </p>
        )}
        <div className="flex flex-wrap justify-end gap-2">
          <DialogClose asChild>
            <Button variant="secondary">{t('team.remove.keep')}</Button>
          </DialogClose>
          <Button variant="danger" disabled={mutation.isPending} onClick={() => mutation.mutate()}>
            {mutation.isPending ? t('team.remove.busy') : t('team.remove.confirm')}
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
