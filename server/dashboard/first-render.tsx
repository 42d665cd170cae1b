import type { Context } from 'hono';
import type { Session } from '../../contract';
import {
  MESSAGES_ID,
  messagesFor,
  type Preferences,
  preferencesFromRequest,
  renderOrdersPage,
  STATE_ID,
} from '../../src/entry-server';
import { deadline } from '../lib/deadline';
import type { WorkspaceEnv } from '../workspace/access';
import { sessionState } from '../workspace/routes/deps';
import type { Workspace } from '../workspace/workspace';
import { jsonBlock, type PageTemplate, readPageTemplate } from './page-template';
import type { Upstream } from './upstream';

/** How long the first render waits for the upstream before the page finishes as the plain shell. */
const FIRST_RENDER_TIMEOUT_MS = 5_000;

interface RenderInput {
  url: URL;
  apiKey: string;
  upstream: Upstream;
  session: Session;
  signal: AbortSignal;
  preferences: Preferences;
}

/** Each language's catalog block, serialised once (the same ~20 kB for every page in that language). */
const catalogBlocks = new Map<Preferences['locale'], string>();
function catalogBlock(locale: Preferences['locale']): string {
  let block = catalogBlocks.get(locale);
  if (block === undefined) {
    block = jsonBlock(MESSAGES_ID, messagesFor(locale));
    catalogBlocks.set(locale, block);
  }
  return block;
}

/** The orders page for this URL as markup plus its dehydrated state, or null to let the SPA render it. */
async function renderPage({ url, apiKey, upstream, session, signal, preferences }: RenderInput): Promise<string | null> {
  // The web app's requests, sent to the upstream with the session's key and this page's deadline.
  const transport = (path: string, init: RequestInit) => {
    const headers = new Headers(init.headers);
    headers.set('Authorization', `Bearer ${apiKey}`);
    return upstream(path.replace(/^\/api\/v1/, ''), { method: init.method, body: init.body, headers, signal });
  };
  const rendered = await renderOrdersPage({ url, transport, session, preferences });
  if (signal.aborted) return null;
  return `${rendered.html}</div>${jsonBlock(STATE_ID, rendered.state)}${catalogBlock(preferences.locale)}`;
}

/**
 * Server-side first render of the orders list, or of a search (`?q=` an id, memo or reference), for a
 * signed-in partner: the rows arrive with the HTML (no JavaScript, session check or API round trip
 * before they show), and the browser hydrates the same tree from the JSON preload.
 *
 * The document head goes out at once, before the orders are fetched and rendered, so the browser commits
 * the navigation (a process switch, given our Cross-Origin-Opener-Policy) and loads the stylesheet while
 * the server works. The head is the same for both outcomes: if the orders cannot be fetched or rendered in
 * time, the page simply finishes as the plain SPA shell, which renders itself. A browser that leaves
 * early cancels the upstream request.
 */
export function ordersFirstRender(options: {
  staticDir: string;
  workspace: Workspace;
  upstream: Upstream;
  mode: 'sandbox' | 'upstream';
  demoKey?: string;
  log: (line: string) => void;
  /** The CSP with these extra script hashes. */
  csp: (scriptHashes: readonly string[]) => string;
  timeoutMs?: number;
}) {
  let template: PageTemplate | null = null;
  return async (c: Context<WorkspaceEnv>): Promise<Response | undefined> => {
    const actor = c.get('actor');
    const apiKey = actor && !actor.enrolmentRequired ? actor.apiKey : undefined;
    if (!actor || !apiKey) return undefined;
    template ??= readPageTemplate(options.staticDir);
    if (!template) return undefined;
    const { head, tail, scriptHash } = template;
    const left = new AbortController();
    const preferences = preferencesFromRequest(c.req.header('cookie'), c.req.header('accept-language'));
    const input: RenderInput = {
      url: new URL(c.req.url),
      apiKey,
      upstream: options.upstream,
      session: await sessionState(options, actor.member.id),
      signal: deadline(options.timeoutMs ?? FIRST_RENDER_TIMEOUT_MS, left.signal),
      preferences,
    };
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      cancel: () => left.abort(),
      async start(controller) {
        controller.enqueue(encoder.encode(withPreferences(head, preferences)));
        // Fetching and rendering are mostly synchronous work (SQLite in the sandbox, renderToString):
        // give the event loop one turn so the head is on the wire before that work starts.
        await new Promise((resolve) => setImmediate(resolve));
        let rendered: string | null = null;
        try {
          rendered = await renderPage(input);
        } catch (error) {
          if (left.signal.aborted) return; // nobody is reading any more
          options.log(`first render failed, serving the SPA shell: ${error instanceof Error ? error.message : 'unknown'}`);
        }
        if (left.signal.aborted) return;
        controller.enqueue(encoder.encode((rendered ?? '</div>') + tail));
        controller.close();
      },
    });
    return c.body(stream, 200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': options.csp(scriptHash ? [scriptHash] : []),
      // Says "do not wait for the end to count the length": the Node adapter then sends the head at once.
      'transfer-encoding': 'chunked',
    });
  };
}

/**
 * The document speaks the render's language (`<html lang>`) and names the zone its times are in, so the
 * browser hydrates with the same language and zone before moving to its own.
 */
function withPreferences(head: string, { locale, timeZone }: Preferences): string {
  const attributes = `lang="${locale}" data-time-zone="${timeZone.replace(/[^A-Za-z0-9_+\-/]/g, '')}"`;
  return head.replace(/<html\b[^>]*>/, `<html ${attributes}>`);
}
