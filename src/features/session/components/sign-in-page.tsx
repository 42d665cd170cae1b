import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { sessionQueries, signIn } from '@/api/session';
import { Button } from '@/components/ui/button';
import { LanguageSelect } from '@/components/ui/language-select';
import { PageHeading } from '@/components/ui/page-heading';
import { isUnauthorized } from '@/lib/api-errors';
import { useErrorMessage } from '@/lib/i18n/use-error-message';
import { useT } from '@/lib/i18n/use-t';
import { SandboxNotice } from './sandbox-notice';

/** Only same-app paths are followed after sign-in (no open redirect). */
function safeNext(raw: string | null): string {
  return raw?.startsWith('/') && !raw.startsWith('//') ? raw : '/orders';
}

export function SignInPage() {
  const t = useT();
  const errorText = useErrorMessage();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const session = useQuery(sessionQueries.current());
  const [apiKey, setApiKey] = useState('');
  const keyId = useId();
  const errorId = useId();
  const mutation = useMutation({
    mutationFn: signIn,
    retry: false,
    onSuccess: (data) => {
      queryClient.clear();
      queryClient.setQueryData(sessionQueries.all(), data);
      void navigate(next, { replace: true });
    },
  });

  if (session.data?.authenticated) return <Navigate to={next} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate({ api_key: apiKey.trim() });
  };

  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 p-6">
      <div className="flex justify-end">
        <LanguageSelect />
      </div>
      <div>
        <p className="text-sm font-semibold text-accent">{t('app.name')}</p>
        <PageHeading title={t('session.title')} />
        <p className="mt-1 text-muted">{t('session.tagline')}</p>
      </div>
      {session.data?.mode === 'sandbox' && (
        <SandboxNotice busy={mutation.isPending} onDemo={() => mutation.mutate({ demo: true })} />
      )}
      <form onSubmit={submit} className="flex flex-col gap-3" noValidate>
        <label htmlFor={keyId} className="text-sm font-medium">
          {t('session.key.label')}
        </label>
        <input
          id={keyId}
          name="api_key"
          type="password"
          autoComplete="off"
          spellCheck={false}
          placeholder={t('session.key.placeholder')}
          value={apiKey}
          onChange={(e) => setApiKey(e.target.value)}
          aria-invalid={mutation.isError}
          aria-describedby={mutation.isError ? errorId : undefined}
          className="rounded-md border border-line-strong bg-surface px-3 py-2 font-mono"
        />
        {mutation.isError && (
          <p id={errorId} role="alert" className="text-sm text-bad">
            {isUnauthorized(mutation.error) ? t('session.badKey') : errorText(mutation.error)}
          </p>
        )}
        <Button type="submit" disabled={mutation.isPending || apiKey.trim() === ''}>
          {mutation.isPending ? t('session.submitting') : t('session.submit')}
        </Button>
        <p className="text-xs text-muted">{t('session.keyNote')}</p>
      </form>
    </main>
  );
}
