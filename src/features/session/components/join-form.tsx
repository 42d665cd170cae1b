import type { Session } from '@contract';
import { PASSWORD_MIN } from '@contract';
import { useMutation } from '@tanstack/react-query';
import { join } from '@/api/invites';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { checkEmail, checkNewPassword, checkRequired } from '@/lib/form-checks';
import { useT } from '@/lib/i18n/use-t';
import { useCheckedForm } from '@/lib/use-checked-form';
import { refusalCode } from '../refusal';
import { useRefusalText } from '../use-refusal-text';
import { FormAlert } from './form-alert';

/** The new member's name, email and password; joining signs them in. */
export function JoinForm({ token, onJoined }: { token: string; onJoined: (session: Session) => void }) {
  const t = useT();
  const refusalText = useRefusalText();
  const { form, focusInvalid, problems, problemText, field, onSubmit } = useCheckedForm(
    { name: '', email: '', password: '' },
    (values) => ({
      name: checkRequired(values.name),
      email: checkEmail(values.email),
      password: checkNewPassword(values.password),
    }),
  );
  const mutation = useMutation({ mutationFn: join, retry: false, onSuccess: onJoined, onError: focusInvalid });
  const refused = refusalCode(mutation.error);
  const submit = onSubmit((values) =>
    mutation.mutate({ token, name: values.name.trim(), email: values.email.trim(), password: values.password }),
  );

  return (
    <form ref={form} onSubmit={submit} noValidate className="flex flex-col gap-4">
      <TextField label={t('session.setup.name')} autoComplete="name" {...field('name')} />
      <TextField
        label={t('session.email')}
        type="email"
        autoComplete="username"
        {...field('email')}
        error={problemText(problems.email) ?? (refused === 'CONFLICT' ? t('session.join.emailTaken') : undefined)}
      />
      <TextField
        label={t('session.setup.password')}
        type="password"
        autoComplete="new-password"
        hint={t('common.passwordRule', { min: PASSWORD_MIN })}
        {...field('password')}
      />
      <FormAlert
        text={
          !mutation.isError || refused === 'CONFLICT'
            ? null
            : refused === 'NOT_FOUND'
              ? t('session.join.gone')
              : refusalText(mutation.error)
        }
      />
      <Button type="submit" disabled={mutation.isPending}>
        {mutation.isPending ? t('session.join.submitting') : t('session.join.submit')}
      </Button>
    </form>
  );
}
