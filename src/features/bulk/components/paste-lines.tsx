import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { useT } from '@/lib/i18n/use-t';

/** Lines pasted instead of a file (from a spreadsheet or a chat), behind a disclosure. */
export function PasteLines({ onPaste }: { onPaste: (text: string) => void }) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium text-accent">{t('bulk.paste.open')}</summary>
      <div className="mt-2 flex flex-col gap-2">
        <label htmlFor={id} className="font-medium">
          {t('bulk.paste.label')}
        </label>
        <textarea
          id={id}
          rows={6}
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder={t('bulk.paste.placeholder')}
          className={`${inputClass} font-mono`}
        />
        <Button className="self-start" disabled={text.trim() === ''} onClick={() => onPaste(text)}>
          {t('bulk.paste.read')}
        </Button>
      </div>
    </details>
  );
}
