import { type FormEvent, useState } from 'react';
import { hasProblems, type Problem } from '@/lib/form-checks';
import { useProblemText } from '@/lib/i18n/use-problem-text';
import { useFocusInvalid } from '@/lib/use-focus-invalid';

type Problems<V> = Partial<Record<keyof V, Problem | undefined>>;

/**
 * The state of a workspace form whose fields are checked before sending: values, each field's props
 * (value, change handler, the error under it once a submit was tried), and a submit handler that sends
 * only when every check passes — otherwise the focus moves to the first field in error.
 */
export function useCheckedForm<V extends Record<string, string>>(initial: V, checks: (values: V) => Problems<V>) {
  const problemText = useProblemText();
  const { form, focusInvalid } = useFocusInvalid();
  const [values, setValues] = useState(initial);
  const [checked, setChecked] = useState(false);
  const problems: Problems<V> = checked ? checks(values) : {};
  const field = (name: keyof V & string) => ({
    name,
    value: values[name] ?? '',
    onChange: (value: string) => setValues((old) => ({ ...old, [name]: value })),
    error: problemText(problems[name]),
  });
  const onSubmit = (send: (values: V) => void) => (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (hasProblems(checks(values))) return focusInvalid();
    send(values);
  };
  const reset = () => {
    setValues(initial);
    setChecked(false);
  };
  return { form, focusInvalid, values, problems, problemText, field, onSubmit, reset };
}
