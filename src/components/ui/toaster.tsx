import { useSyncExternalStore } from 'react';
import { useT } from '@/lib/i18n/use-t';
import { dismissToast, getToasts, subscribeToasts } from '@/lib/toast-store';

export function Toaster() {
  const toasts = useSyncExternalStore(subscribeToasts, getToasts, getToasts);
  const t = useT();
  return (
    <div aria-live="polite" className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex flex-col items-center gap-2 px-4">
      {toasts.map((toast) => (
        <div
          key={toast.id}
          role="status"
          className="pointer-events-auto flex items-center gap-3 rounded-md bg-slate-900 px-4 py-2 text-sm text-white shadow-lg dark:bg-slate-100 dark:text-slate-900"
        >
          <span>{toast.text(t)}</span>
          <button type="button" className="underline" onClick={() => dismissToast(toast.id)}>
            {t('common.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
