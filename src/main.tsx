import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { sessionQueries } from '@/api/session';
import { AppProviders } from '@/app/app-providers';
import { AppRoutes } from '@/app/app-routes';
import { hydrateFromDocument } from '@/app/hydration';
import { loadMessages } from '@/lib/i18n/catalogs';
import { createI18n } from '@/lib/i18n/create-i18n';
import { embeddedMessages } from '@/lib/i18n/embedded';
import { preferencesFromDocument } from '@/lib/preferences/resolve';
import { browserTimeZone } from '@/lib/preferences/time-zone';
import { createQueryClient } from '@/lib/query-client';
import './styles.css';

const queryClient = createQueryClient(() => {
  // Any 401: the session is gone. Forget cached partner data; the session guard shows sign-in.
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
  queryClient.setQueryData(sessionQueries.all(), (old) => (old ? { ...old, authenticated: false } : old));
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
// The server's first render says which language and zone it used; the browser starts from the same.
const preferences = preferencesFromDocument(document, navigator, browserTimeZone());
// A server-rendered page carries its catalog; otherwise it is fetched (its own small chunk per language).
// No top-level await: the bundler would then split the entry's shared modules into many small chunks.
const embedded = preferences.locale === document.documentElement.lang ? embeddedMessages(document) : null;
void (embedded ? Promise.resolve(embedded) : loadMessages(preferences.locale)).then((messages) => {
  const app = (
    <AppProviders queryClient={queryClient} i18n={createI18n(preferences.locale, messages)} preferences={preferences}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </AppProviders>
  );
  if (hydrateFromDocument(queryClient, document)) {
    // The server already rendered this page with this data: adopt its markup instead of rebuilding it.
    hydrateRoot(root, app);
  } else {
    createRoot(root).render(app);
  }
});
