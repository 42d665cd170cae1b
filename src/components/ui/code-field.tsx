import type { Ref } from 'react';
import { TextField } from './text-field';

/** The 6-digit code an authenticator app shows: numeric keypad, one-time-code autofill, monospace. */
export function CodeField({
  code,
  onCode,
  error,
  label,
  name = 'code',
  inputRef,
  className = 'max-w-40',
}: {
  code: string;
  onCode: (code: string) => void;
  error: string | undefined;
  label: string;
  name?: string;
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
}) {
  return (
    <TextField
      inputRef={inputRef}
      label={label}
      name={name}
      inputMode="numeric"
      autoComplete="one-time-code"
      spellCheck={false}
      maxLength={7}
      value={code}
      onChange={onCode}
      error={error}
      className={`${className} font-mono tracking-widest`}
    />
  );
}
