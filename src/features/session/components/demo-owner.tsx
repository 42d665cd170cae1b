import type { Session } from '@contract';
import { useMutation } from '@tanstack/react-query';
import { signIn } from '@/api/session';
import { Button } from '@/components/ui/button';
import { useT } from '@/lib/i18n/use-t';
import { useRefusalText } from '../use-refusal-text';
import { FormAlert } from './form-alert';

/**
 * On a sandbox dashboard: says so, and offers the demo owner in one click (the server creates the
 * workspace with it when there is none). Never offered upstream.
 */
export function DemoOwner({ available, onSignedIn }: { available: boolean; onSignedIn: (session: Session) => void }) {
  const t = useT();
  const refusalText = useRefusalText();
  const demo = useMutation({ mutationFn: () => signIn({ demo: true }), retry: false, onSuccess: onSignedIn });
  return (
    <section aria-label={t('session.sandbox.label')} className="rounded-lg border border-line bg-warn-soft p-4 text-sm">
      <p className="font-medium text-warn">{t('session.sandbox.title')}</p>
      <p className="mt-1">{t('session.sandbox.body')}</p>
      {available && (
        <div className="mt-3 space-y-2">
          <Button variant="secondary" disabled={demo.isPending} onClick={() => demo.mutate()}>
            {t('session.sandbox.demo')}
          </Button>
          <p className="text-xs">{t('session.sandbox.demoNote')}</p>
          <FormAlert text={demo.isError ? refusalText(demo.error) : null} />
        </div>
      )}
    </section>
  );
}
