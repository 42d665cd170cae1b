import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { retryDelay, shouldRetry } from '@/lib/query-client';
import { TestPreferences } from './i18n';

/** Renders `ui` at `path` with a fresh QueryClient using the app's retry policy (fast delays). */
export function renderWithApp(ui: ReactNode, { path = '/', route = '/' } = {}) {
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: { retry: false },
      mutations: { retry: shouldRetry, retryDelay: (n, e) => Math.min(retryDelay(n, e), 10) },
    },
  });
  const result = render(
    <TestPreferences>
      <QueryClientProvider client={queryClient}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path={route} element={ui} />
            <Route path="/orders/:id" element={<p>order page</p>} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>
    </TestPreferences>,
  );
  return { ...result, queryClient };
}
