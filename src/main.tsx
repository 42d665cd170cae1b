import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from '@/app/app-routes';
import { Toaster } from '@/components/ui/toaster';
import { sessionQueries } from '@/features/session/api/session-queries';
import { createQueryClient } from '@/lib/query-client';
import './styles.css';

const queryClient = createQueryClient(() => {
  // Any 401: the session is gone. Forget cached partner data; the session guard shows sign-in.
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
  queryClient.setQueryData(sessionQueries.all(), (old) => (old ? { ...old, authenticated: false } : old));
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
      <Toaster />
    </QueryClientProvider>
  </StrictMode>,
);
