import type { Session } from '@contract';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { signIn } from '@/api/session';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { checkCode, checkEmail, checkRequired, hasProblems, normaliseCode } from '@/lib/form-checks';
import { useProblemText } from '@/lib/i18n/use-problem-text';
import { useT } from '@/lib/i18n/use-t';
import { useFocusInvalid } from '@/lib/use-focus-invalid';
import { refusalCode } from '../refusal';
import { useRefusalText } from '../use-refusal-text';
import { CodeStep } from './code-step';
import { FormAlert } from './form-alert';

/**
 * Email and password; when the member has two-factor the server answers TWO_FACTOR_REQUIRED and the form
 * asks for the code, then sends all three again.
 */
export function SignInForm({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const t = useT();
  const problemText = useProblemText();
  const refusalText = useRefusalText();
  const { form, focusInvalid } = useFocusInvalid();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState<string | null>(null);
  const [checked, setChecked] = useState(false);
  const mutation = useMutation({
    mutationFn: signIn,
    retry: false,
    onSuccess: onSignedIn,
    onError: (error) => {
      if (refusalCode(error) !== 'TWO_FACTOR_REQUIRED' || code !== null) return focusInvalid();
      // The password was right: now the code, with a fresh field (nothing to complain about yet).
      setCode('');
      setChecked(false);
    },
  });
  const checks = () => ({
    email: checkEmail(email),
    password: checkRequired(password),
    code: code === null ? undefined : checkCode(code),
  });
  const problems: Partial<ReturnType<typeof checks>> = checked ? checks() : {};
  const refused = refusalCode(mutation.error);
  const codeWasSent = mutation.variables !== undefined && 'totp' in mutation.variables;
  // With a code sent, a refusal is the code's (the password was accepted when the server asked for it).
  const codeRefused = codeWasSent && (refused === 'TWO_FACTOR_REQUIRED' || refused === 'UNAUTHORIZED');
  const alert =
    !mutation.isError || codeRefused || refused === 'TWO_FACTOR_REQUIRED'
      ? null
      : refused === 'UNAUTHORIZED'
        ? t('session.error.wrongPassword')
        : refusalText(mutation.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (hasProblems(checks())) return focusInvalid();
    mutation.mutate({ email: email.trim(), password, ...(code === null ? {} : { totp: normaliseCode(code) }) });
  };
  const restart = () => {
    setCode(null);
    mutation.reset();
  };

  return (
    <form ref={form} onSubmit={submit} noValidate className="flex flex-col gap-4">
      {code === null ? (
        <>
          <TextField
            label={t('session.email')}
            type="email"
            name="email"
            autoComplete="username"
            value={email}
            onChange={setEmail}
            error={problemText(problems.email)}
          />
          <TextField
            label={t('session.password')}
            type="password"
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={problemText(problems.password)}
          />
        </>
      ) : (
        <CodeStep
          email={email.trim()}
          code={code}
          onCode={setCode}
          error={problemText(problems.code) ?? (codeRefused ? t('session.code.refused') : undefined)}
          onRestart={restart}
        />
      )}
      <FormAlert text={alert} />
      <Button type="submit" disabled={mutation.isPending}>
        {mutation.isPending ? t('session.submitting') : t('session.submit')}
      </Button>
    </form>
  );
}
