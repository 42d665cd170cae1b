import { Button } from '@/components/ui/button';
import { useT } from '@/lib/i18n/use-t';

/** On a sandbox dashboard: says so, and offers the demo partner in one click. */
export function SandboxNotice({ busy, onDemo }: { busy: boolean; onDemo: () => void }) {
  const t = useT();
  return (
    <section aria-label={t('session.sandbox.label')} className="rounded-lg border border-line bg-warn-soft p-4 text-sm">
      <p className="font-medium text-warn">{t('session.sandbox.title')}</p>
      <p className="mt-1">{t('session.sandbox.body')}</p>
      <Button className="mt-3" variant="secondary" disabled={busy} onClick={onDemo}>
        {t('session.sandbox.demo')}
      </Button>
    </section>
  );
}
