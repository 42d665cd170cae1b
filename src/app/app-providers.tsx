import type { I18n } from '@lingui/core';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, StrictMode, useEffect } from 'react';
import { Toaster } from '@/components/ui/toaster';
import { PreferencesProvider } from '@/lib/preferences/preferences-context';
import type { Preferences } from '@/lib/preferences/resolve';

/** Everything around the router; the browser and the server's first render use the very same tree. */
export function AppProviders({
  queryClient,
  i18n,
  preferences,
  children,
}: {
  queryClient: QueryClient;
  i18n: I18n;
  preferences: Preferences;
  children: ReactNode;
}) {
  // <html data-app="ready"> once the app runs in the browser (mounted, or hydrated over the server's rows).
  useEffect(() => {
    document.documentElement.dataset.app = 'ready';
  }, []);
  return (
    <StrictMode>
      <PreferencesProvider i18n={i18n} initial={preferences}>
        <QueryClientProvider client={queryClient}>
          {children}
          <Toaster />
        </QueryClientProvider>
      </PreferencesProvider>
    </StrictMode>
  );
}
