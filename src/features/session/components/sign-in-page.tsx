import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { sessionQueries } from '@/api/session';
import { ErrorPanel } from '@/components/ui/error-panel';
import { PageSkeleton } from '@/components/ui/skeleton';
import { useT } from '@/lib/i18n/use-t';
import { safeNext, useSessionStart } from '../use-session-start';
import { DemoOwner } from './demo-owner';
import { FormAlert } from './form-alert';
import { PublicShell } from './public-shell';
import { SetupForm } from './setup-form';
import { SignInForm } from './sign-in-form';

/**
 * Signing in — or, on a dashboard nobody has set up yet, the workspace set-up. In the sandbox, the demo
 * owner is one click away. Goes back to `?next=` (a path of this app) once signed in.
 */
export function SignInPage() {
  const t = useT();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const session = useQuery(sessionQueries.current());
  const start = useSessionStart(next);
  const [exists, setExists] = useState(false);

  if (session.data?.authenticated) return <Navigate to={next} replace />;
  const setup = session.data?.setup_required === true;
  return (
    <PublicShell
      title={setup ? t('session.setup.title') : t('session.title')}
      lead={setup ? t('session.setup.tagline') : t('session.tagline')}
    >
      {session.isPending ? (
        <PageSkeleton label={t('session.checking')} rows={3} />
      ) : session.isError ? (
        <ErrorPanel error={session.error} onRetry={() => void session.refetch()} />
      ) : (
        <>
          {session.data.mode === 'sandbox' && <DemoOwner available={session.data.demo_available} onSignedIn={start} />}
          {setup ? (
            <SetupForm
              demoKey={session.data.demo_key}
              onSignedIn={start}
              onExists={() => {
                setExists(true);
                void queryClient.invalidateQueries({ queryKey: sessionQueries.all() });
              }}
            />
          ) : (
            <>
              {exists && <FormAlert text={t('common.error.WORKSPACE_EXISTS')} />}
              <SignInForm onSignedIn={start} />
            </>
          )}
        </>
      )}
    </PublicShell>
  );
}
