import type { Session } from '@contract';
import { PASSWORD_MIN } from '@contract';
import { useMutation } from '@tanstack/react-query';
import { setUp } from '@/api/session';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { checkEmail, checkNewPassword, checkPartnerKey, checkRequired } from '@/lib/form-checks';
import { useT } from '@/lib/i18n/use-t';
import { useCheckedForm } from '@/lib/use-checked-form';
import { refusalCode } from '../refusal';
import { useRefusalText } from '../use-refusal-text';
import { FormAlert } from './form-alert';

interface SetupFormProps {
  /** The sandbox's demo partner key, to pre-fill. */
  demoKey: string | undefined;
  onSignedIn: (session: Session) => void;
  /** Someone else finished the set-up first: the page shows sign-in instead. */
  onExists: () => void;
}

/** The workspace's first owner and the partner key (checked against the partner API by the server). */
export function SetupForm({ demoKey, onSignedIn, onExists }: SetupFormProps) {
  const t = useT();
  const refusalText = useRefusalText();
  const initial = { name: '', email: '', password: '', apiKey: demoKey ?? '' };
  const { form, focusInvalid, problems, problemText, field, onSubmit } = useCheckedForm(initial, (values) => ({
    name: checkRequired(values.name),
    email: checkEmail(values.email),
    password: checkNewPassword(values.password),
    apiKey: checkPartnerKey(values.apiKey),
  }));
  const mutation = useMutation({
    mutationFn: setUp,
    retry: false,
    onSuccess: onSignedIn,
    onError: (error) => (refusalCode(error) === 'WORKSPACE_EXISTS' ? onExists() : focusInvalid()),
  });
  const keyRefused = refusalCode(mutation.error) === 'UNAUTHORIZED';
  const submit = onSubmit(({ name, email, password, apiKey }) =>
    mutation.mutate({ name: name.trim(), email: email.trim(), password, api_key: apiKey.trim() }),
  );

  return (
    <form ref={form} onSubmit={submit} noValidate className="flex flex-col gap-4">
      <TextField label={t('session.setup.name')} autoComplete="name" {...field('name')} />
      <TextField label={t('session.email')} type="email" autoComplete="username" {...field('email')} />
      <TextField
        label={t('session.setup.password')}
        type="password"
        autoComplete="new-password"
        hint={t('common.passwordRule', { min: PASSWORD_MIN })}
        {...field('password')}
      />
      <TextField
        label={t('session.key.label')}
        type="password"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('session.key.placeholder')}
        hint={demoKey ? t('session.key.demoFilled') : t('session.keyNote')}
        className="font-mono"
        {...field('apiKey')}
        error={problemText(problems.apiKey) ?? (keyRefused ? t('session.badKey') : undefined)}
      />
      <FormAlert text={mutation.isError && !keyRefused ? refusalText(mutation.error) : null} />
      <Button type="submit" disabled={mutation.isPending}>
        {mutation.isPending ? t('session.setup.submitting') : t('session.setup.submit')}
      </Button>
    </form>
  );
}
