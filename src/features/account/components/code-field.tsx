import { type FormEvent, useState } from 'react';
import { ApiError } from '@/lib/api-errors';
import { checkCode, normaliseCode } from '@/lib/form-checks';
import { useErrorMessage } from '@/lib/i18n/use-error-message';
import { useProblemText } from '@/lib/i18n/use-problem-text';
import { useT } from '@/lib/i18n/use-t';
import { useFocusInvalid } from '@/lib/use-focus-invalid';

interface CodeMutation {
  mutate: (code: string, options: { onError: () => void }) => void;
  isError: boolean;
  error: Error | null;
}

/**
 * Submitting a code: checked here first (6 digits), then by the server; a refused code (400/401/422) is
 * said next to the field, `conflict` explains a 409, and the focus goes back to the field.
 */
export function useCodeForm(code: string, mutation: CodeMutation, conflict?: string) {
  const t = useT();
  const problemText = useProblemText();
  const errorText = useErrorMessage();
  const { form, focusInvalid } = useFocusInvalid();
  const [checked, setChecked] = useState(false);
  const refusal = (error: Error) => {
    if (!(error instanceof ApiError)) return errorText(error);
    if (error.status === 409 && conflict) return conflict;
    return [400, 401, 422].includes(error.status) ? t('account.twoFactor.wrongCode') : errorText(error);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (checkCode(code)) return focusInvalid();
    mutation.mutate(normaliseCode(code), { onError: focusInvalid });
  };
  const error =
    problemText(checked ? checkCode(code) : undefined) ??
    (mutation.isError && mutation.error ? refusal(mutation.error) : undefined);
  return { ref: form, submit, error };
}
