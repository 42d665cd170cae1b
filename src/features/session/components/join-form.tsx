import type { Session } from '@contract';
import { PASSWORD_MIN } from '@contract';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { join } from '@/api/session';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { checkEmail, checkNewPassword, checkRequired, hasProblems } from '@/lib/form-checks';
import { useProblemText } from '@/lib/i18n/use-problem-text';
import { useT } from '@/lib/i18n/use-t';
import { useFocusInvalid } from '@/lib/use-focus-invalid';
import { refusalCode } from '../refusal';
import { useRefusalText } from '../use-refusal-text';
import { FormAlert } from './form-alert';

/** The new member's name, email and password; joining signs them in. */
export function JoinForm({ token, onJoined }: { token: string; onJoined: (session: Session) => void }) {
  const t = useT();
  const problemText = useProblemText();
  const refusalText = useRefusalText();
  const { form, focusInvalid } = useFocusInvalid();
  const [values, setValues] = useState({ name: '', email: '', password: '' });
  const [checked, setChecked] = useState(false);
  const mutation = useMutation({ mutationFn: join, retry: false, onSuccess: onJoined, onError: focusInvalid });
  const checks = () => ({
    name: checkRequired(values.name),
    email: checkEmail(values.email),
    password: checkNewPassword(values.password),
  });
  const problems: Partial<ReturnType<typeof checks>> = checked ? checks() : {};
  const refused = refusalCode(mutation.error);
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
    mutation.mutate({ token, name: values.name.trim(), email: values.email.trim(), password: values.password });
  };

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
