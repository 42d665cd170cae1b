import type { ComponentProps, Ref } from 'react';
import { Field, inputClass } from './field';

interface TextFieldProps extends Omit<ComponentProps<'input'>, 'id' | 'onChange' | 'value' | 'ref'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  inputRef?: Ref<HTMLInputElement>;
}

/** A labelled text input with its hint and error (the forms of sign-in, set-up, joining and the account page). */
export function TextField({ label, value, onChange, error, hint, inputRef, className = '', ...input }: TextFieldProps) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(control) => (
        <input
          {...control}
          {...input}
          ref={inputRef}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          className={`${inputClass} ${className}`}
        />
      )}
    </Field>
  );
}
