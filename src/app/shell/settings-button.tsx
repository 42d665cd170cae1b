import { lazy, Suspense } from 'react';
import { useModalTrigger } from '@/components/ui/use-modal-trigger';
import { useT } from '@/lib/i18n/use-t';
import { usePreferences } from '@/lib/preferences/preferences-context';

const SettingsDialog = lazy(() => import('./settings-dialog'));

/** "EN · GMT+7"-style button that opens the language and time zone settings. */
export function SettingsButton() {
  const t = useT();
  const { locale } = usePreferences();
  const { open, setOpen, trigger } = useModalTrigger();
  return (
    <>
      <button
        ref={trigger}
        type="button"
        onClick={() => setOpen(true)}
        aria-label={t('app.settings.open')}
        aria-haspopup="dialog"
        className="inline-flex items-center gap-1 rounded-md border border-line px-2 py-1 text-xs font-medium uppercase hover:bg-subtle"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.5">
          <circle cx="10" cy="10" r="7.5" />
          <path d="M2.5 10h15M10 2.5c2.2 2.2 2.2 12.8 0 15M10 2.5c-2.2 2.2-2.2 12.8 0 15" />
        </svg>
        {locale}
      </button>
      {open && (
        <Suspense fallback={null}>
          <SettingsDialog open={open} onOpenChange={setOpen} />
        </Suspense>
      )}
    </>
  );
}
