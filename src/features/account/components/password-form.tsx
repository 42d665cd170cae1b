import { PASSWORD_MIN } from '@contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accountQueries, changePassword } from '@/api/account';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { ApiError } from '@/lib/api-errors';
import { checkNewPassword, checkRequired } from '@/lib/form-checks';
import { useErrorMessage } from '@/lib/i18n/use-error-message';
import { useT } from '@/lib/i18n/use-t';
import { useCheckedForm } from '@/lib/use-checked-form';
import { AccountCard } from './account-card';

/** Changing my password: the current one, then the new one (the contract's minimum length). */
export function PasswordForm() {
  const t = useT();
  const errorText = useErrorMessage();
  const queryClient = useQueryClient();
  const { form, focusInvalid, problems, problemText, field, onSubmit, reset } = useCheckedForm(
    { current: '', next: '' },
    (values) => ({
      current: checkRequired(values.current),
      next: checkNewPassword(values.next),
    }),
  );
  const change = useMutation({
    mutationFn: changePassword,
    retry: false,
    onSuccess: () => {
      reset();
      void queryClient.invalidateQueries({ queryKey: accountQueries.sessions().queryKey });
    },
    onError: focusInvalid,
  });
  // The server names the field it refuses (`current: is not your current password`).
  const wrongCurrent = change.error instanceof ApiError && change.error.message.startsWith('current:');
  const submit = onSubmit((values) => change.mutate(values));
  return (
    <AccountCard id="password-heading" title={t('account.password.title')}>
      <form ref={form} onSubmit={submit} noValidate className="flex max-w-sm flex-col gap-4">
        <TextField
          label={t('account.password.current')}
          type="password"
          autoComplete="current-password"
          {...field('current')}
          error={problemText(problems.current) ?? (wrongCurrent ? t('account.password.wrong') : undefined)}
        />
        <TextField
          label={t('account.password.next')}
          type="password"
          autoComplete="new-password"
          hint={t('common.passwordRule', { min: PASSWORD_MIN })}
          {...field('next')}
        />
        {change.isError && !wrongCurrent && (
          <p role="alert" className="text-sm text-bad">
            {errorText(change.error)}
          </p>
        )}
        {change.isSuccess && (
          <p role="status" className="text-sm text-ok">
            {t('account.password.changed')}
          </p>
        )}
        <Button type="submit" className="self-start" disabled={change.isPending}>
          {t('account.password.submit')}
        </Button>
      </form>
    </AccountCard>
  );
}
