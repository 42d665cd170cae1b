import type { Session } from '@contract';
import { dehydrate } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { orderQueries } from '@/api/orders';
import { sessionQueries } from '@/api/session';
import { AppProviders } from '@/app/app-providers';
import { AppRoutes } from '@/app/app-routes';
import { STATE_ID } from '@/app/hydration';
import { parseListParams } from '@/features/orders/list-params';
import { bindTransport, type Transport } from '@/lib/api-transport';
import { createI18n } from '@/lib/i18n/create-i18n';
import type { Locale } from '@/lib/i18n/locales';
import type { Preferences } from '@/lib/preferences/resolve';
import { createQueryClient } from '@/lib/query-client';
import { messages as en } from '@/locales/compiled/en';
import { messages as id } from '@/locales/compiled/id';
import { messages as ru } from '@/locales/compiled/ru';

export { MESSAGES_ID } from '@/lib/i18n/embedded';
export { preferencesFromRequest } from '@/lib/preferences/resolve';
export type { Preferences };
export { STATE_ID };

const catalogs: Record<Locale, typeof en> = { en, id, ru };

export interface FirstRenderRequest {
  /** The page's URL (path and search) as the browser asked for it. */
  url: URL;
  /** Reaches the partner API with the session's key; the server decides how. */
  transport: Transport;
  /** The signed-in member's session, as `GET /session` would answer it (header, roles). */
  session: Session;
  /** Language and time zone (from `preferencesFromRequest`): the page reads as the browser will hydrate it. */
  preferences: Preferences;
}

/** The compiled catalog of a language, for the page to carry (the browser then needs no catalog request). */
export function messagesFor(locale: Locale) {
  return catalogs[locale];
}

export interface FirstRender {
  /** The root's markup. */
  html: string;
  /** TanStack Query's dehydrated cache for the browser to hydrate with (JSON-serialisable). */
  state: unknown;
}

/**
 * The web app's one server entry: renders the orders list (or a search, `?q=`) for a signed-in partner
 * with the same query options, routes and providers the browser runs, so the browser hydrates this
 * exact tree from the dehydrated cache. Rejects when the list cannot be fetched: the server then sends
 * the plain shell and the browser renders (and reports) it itself. A failed search still renders; the
 * browser runs the search again and shows its outcome.
 */
export async function renderOrdersPage({ url, transport, session, preferences }: FirstRenderRequest): Promise<FirstRender> {
  const queryClient = createQueryClient(() => {});
  bindTransport(queryClient, transport);
  queryClient.setQueryData(sessionQueries.all(), session);
  const params = parseListParams(url.searchParams, preferences.timeZone);
  // A list that cannot be fetched throws (the caller sends the shell); a failed search renders without results.
  if (params.q) await queryClient.prefetchQuery({ ...orderQueries.search(params.q), retry: false });
  else await queryClient.fetchQuery({ ...orderQueries.list(params), retry: false });
  const html = renderToString(
    <AppProviders
      queryClient={queryClient}
      i18n={createI18n(preferences.locale, catalogs[preferences.locale])}
      preferences={preferences}
    >
      <StaticRouter location={url.pathname + url.search}>
        <AppRoutes />
      </StaticRouter>
    </AppProviders>,
  );
  const state = dehydrate(queryClient);
  queryClient.clear();
  return { html, state };
}
