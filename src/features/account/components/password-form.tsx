import { PASSWORD_MIN } from '@contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { accountQueries, changePassword } from '@/api/account';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { ApiError } from '@/lib/api-errors';
import { checkNewPassword, checkRequired, hasProblems } from '@/lib/form-checks';
import { useErrorMessage } from '@/lib/i18n/use-error-message';
import { useProblemText } from '@/lib/i18n/use-problem-text';
import { useT } from '@/lib/i18n/use-t';
import { useFocusInvalid } from '@/lib/use-focus-invalid';
import { AccountCard } from './account-card';

/** Changing my password: the current one, then the new one (the contract's minimum length). */
export function PasswordForm() {
  const t = useT();
  const problemText = useProblemText();
  const errorText = useErrorMessage();
  const queryClient = useQueryClient();
  const { form, focusInvalid } = useFocusInvalid();
  const [values, setValues] = useState({ current: '', next: '' });
  const [checked, setChecked] = useState(false);
  const change = useMutation({
    mutationFn: changePassword,
    retry: false,
    onSuccess: () => {
      setValues({ current: '', next: '' });
      setChecked(false);
      void queryClient.invalidateQueries({ queryKey: accountQueries.sessions().queryKey });
    },
    onError: focusInvalid,
  });
  const checks = () => ({ current: checkRequired(values.current), next: checkNewPassword(values.next) });
  const problems: Partial<ReturnType<typeof checks>> = checked ? checks() : {};
  // The server names the field it refuses (`current: is not your current password`).
  const wrongCurrent = change.error instanceof ApiError && change.error.message.startsWith('current:');
  const field = (name: keyof typeof values) => ({
    name,
    value: values[name],
    onChange: (value: string) => setValues((old) => ({ ...old, [name]: value })),
    error: problemText(problems[name]),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (hasProblems(checks())) return focusInvalid();
    change.mutate(values);
  };
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
