import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createRouter } from '@/app/router';
import { Toaster } from '@/components/ui/toaster';
import { sessionQueries } from '@/features/session/api/session-queries';
import { createQueryClient } from '@/lib/query-client';
import './styles.css';

const queryClient = createQueryClient(() => {
  // Any 401: the session is gone. Forget cached partner data; the session guard shows sign-in.
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
  queryClient.setQueryData(sessionQueries.all(), (old) => (old ? { ...old, authenticated: false } : old));
});
const router = createRouter();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
      <Toaster />
    </QueryClientProvider>
  </StrictMode>,
);
