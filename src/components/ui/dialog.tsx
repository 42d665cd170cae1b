import * as RadixDialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { useT } from '@/lib/i18n/use-t';

export const Dialog = RadixDialog.Root;
export const DialogTrigger = RadixDialog.Trigger;
export const DialogClose = RadixDialog.Close;

/**
 * A real modal (Radix): focus moves in and stays in, Escape and the close button close it, focus goes
 * back to the trigger, the page behind is inert. Title and description are announced when it opens.
 */
export function DialogContent({
  title,
  description,
  children,
  wide = false,
}: {
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  wide?: boolean;
}) {
  const t = useT();
  return (
    <RadixDialog.Portal>
      <RadixDialog.Overlay className="fixed inset-0 z-40 bg-slate-950/50" />
      <RadixDialog.Content
        aria-modal="true"
        className={`fixed left-1/2 top-1/2 z-50 max-h-[90vh] w-[calc(100vw-2rem)] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-xl border border-line bg-surface p-5 shadow-xl ${wide ? 'max-w-2xl' : 'max-w-md'}`}
        {...(description ? {} : { 'aria-describedby': undefined })}
      >
        <div className="flex items-start justify-between gap-4">
          <RadixDialog.Title className="text-lg font-semibold">{title}</RadixDialog.Title>
          <RadixDialog.Close className="-m-1 rounded-md p-1 text-muted hover:bg-subtle" aria-label={t('common.close')}>
            <span aria-hidden="true">✕</span>
          </RadixDialog.Close>
        </div>
        {description && <RadixDialog.Description className="mt-1 text-sm text-muted">{description}</RadixDialog.Description>}
        <div className="mt-4">{children}</div>
      </RadixDialog.Content>
    </RadixDialog.Portal>
  );
}
