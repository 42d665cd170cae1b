import { useEffect, useState } from 'react';
import { useT } from '@/lib/i18n/use-t';
import { Button } from './button';

/**
 * Copies `value`, placed right after the value it copies; says so for a moment (announced politely), and
 * falls back to a plain instruction when the clipboard is refused.
 */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const t = useT();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  const said = state === 'copied' ? t('common.copied') : state === 'failed' ? t('common.selectAndCopy') : '';
  return (
    <>
      <Button
        variant="secondary"
        className="shrink-0 px-2 py-1 text-xs"
        onClick={() => void copy()}
        aria-label={t('common.copyLabel', { label })}
      >
        {said || t('common.copy')}
      </Button>
      <span role="status" className="sr-only">
        {said}
      </span>
    </>
  );
}
