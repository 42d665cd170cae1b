import { useEffect, useRef } from 'react';
import { CodeField } from '@/components/ui/code-field';
import { useT } from '@/lib/i18n/use-t';

/** The second step of signing in: the 6-digit code, with a way back to another email. Takes the focus when it appears. */
export function CodeStep({
  email,
  code,
  onCode,
  error,
  onRestart,
}: {
  email: string;
  code: string;
  onCode: (code: string) => void;
  error: string | undefined;
  onRestart: () => void;
}) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <>
      <p className="text-sm">{t('session.code.intro', { email })}</p>
      <CodeField
        inputRef={input}
        label={t('session.code.label')}
        name="totp"
        code={code}
        onCode={onCode}
        error={error}
        className=""
      />
      <button type="button" onClick={onRestart} className="self-start text-sm text-accent underline underline-offset-2">
        {t('session.code.restart')}
      </button>
    </>
  );
}
