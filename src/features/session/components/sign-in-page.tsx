import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { sessionQueries, signIn } from '@/api/session';
import { Button } from '@/components/ui/button';
import { useErrorMessage } from '@/lib/i18n/use-error-message';

/** Only same-app paths are followed after sign-in (no open redirect). */
function safeNext(raw: string | null): string {
  return raw?.startsWith('/') && !raw.startsWith('//') ? raw : '/orders';
}

export function SignInPage() {
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
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 p-6">
      <div>
        <h1 className="text-2xl font-semibold">The Open Money</h1>
        <p className="text-slate-600 dark:text-slate-400">Partner dashboard — sign in with your partner key.</p>
      </div>
      {session.data?.mode === 'sandbox' && (
        <section
          aria-label="Sandbox mode"
          className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm dark:border-amber-700 dark:bg-amber-950"
        >
          <p className="font-medium">Sandbox mode</p>
          <p className="mt-1">
            This dashboard runs on the embedded sandbox: no real TON moves. The demo partner's key is printed in the server's
            console.
          </p>
          <Button
            className="mt-3"
            variant="secondary"
            disabled={mutation.isPending}
            onClick={() => mutation.mutate({ demo: true })}
          >
            Continue as the demo partner
          </Button>
        </section>
      )}
      <form onSubmit={submit} className="flex flex-col gap-3" noValidate>
        <label htmlFor={keyId} className="text-sm font-medium">
          Partner API key
        </label>
        <input
          id={keyId}
          name="api_key"
          type="password"
          autoComplete="off"
          spellCheck={false}
          placeholder="osk_…"
          value={apiKey}
          onChange={(e) => setApiKey(e.target.value)}
          aria-invalid={mutation.isError}
          aria-describedby={mutation.isError ? errorId : undefined}
          className="rounded-md border border-slate-300 bg-white px-3 py-2 font-mono dark:border-slate-700 dark:bg-slate-900"
        />
        {mutation.isError && (
          <p id={errorId} role="alert" className="text-sm text-red-700 dark:text-red-400">
            {errorText(mutation.error)}
          </p>
        )}
        <Button type="submit" disabled={mutation.isPending || apiKey.trim() === ''}>
          {mutation.isPending ? 'Signing in…' : 'Sign in'}
        </Button>
        <p className="text-xs text-slate-500 dark:text-slate-400">
          The key is kept by the dashboard server for this session only; your browser never stores it.
        </p>
      </form>
    </main>
  );
}
