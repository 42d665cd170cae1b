import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BuildManifest, entryAssets, splitTemplate } from '../dashboard/page-template';
import { startDashboard } from './dashboard-harness';
import { TEST_KEY } from './sandbox-harness';

describe('dashboard server: first render of the orders page', () => {
  it('renders the first rows into the HTML with a JSON preload for a signed-in partner', async () => {
    const { signIn, request } = startDashboard();
    await request('/api/v1/orders/stars', {
      method: 'POST',
      headers: { Authorization: `Bearer ${TEST_KEY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ recipient_username: 'ssr_user', quantity: 100, client_reference: '</script><b>x' }),
    });
    const { sessionCookie } = await signIn();
    const res = await request('/orders?type=stars', { headers: { Cookie: sessionCookie } });
    const html = await res.text();
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(html).toContain('data-testid="order-row"');
    expect(html).toContain('ssr_user');
    expect(html).toContain('<script type="application/json" id="om-preload">');
    expect(html).not.toContain('</script><b>');
    expect(html).not.toContain(TEST_KEY);
  });

  it("speaks the partner's language and shows times in their zone, as the browser will hydrate them", async () => {
    const { signIn, request } = startDashboard();
    const created = await request('/api/v1/orders/stars', {
      method: 'POST',
      headers: { Authorization: `Bearer ${TEST_KEY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ recipient_username: 'zone_user', quantity: 100 }),
    });
    const order = ((await created.json()) as { data: { created_at: string } }).data;
    const jakarta = new Date(Date.parse(order.created_at) + 7 * 3600_000).toISOString();
    const { sessionCookie } = await signIn();

    const chosen = await request('/orders', {
      headers: { Cookie: `${sessionCookie}; om_locale=ru; om_tz=fixed:Asia/Jakarta`, 'Accept-Language': 'en-US' },
    });
    const html = await chosen.text();
    expect(html).toMatch(/<html lang="ru" data-time-zone="Asia\/Jakarta">/);
    expect(html).toContain(`${jakarta.slice(0, 10)} ${jakarta.slice(11, 16)}`);
    expect(html).toContain('Заказы');
    // The page carries its language's catalog: the browser hydrates without asking for it.
    expect(html).toMatch(/<script type="application\/json" id="om-messages">\{.*"app\.name":\["The Open Money"\].*"Мало средств/);

    // No choice yet: the browser's Accept-Language picks the language; times stay UTC until the browser says its zone.
    const first = await (
      await request('/orders', { headers: { Cookie: sessionCookie, 'Accept-Language': 'id-ID,id;q=0.9,en;q=0.5' } })
    ).text();
    expect(first).toMatch(/<html lang="id" data-time-zone="UTC">/);
    expect(first).toContain(`${order.created_at.slice(0, 10)} ${order.created_at.slice(11, 16)}`);

    // A forged zone cookie is ignored, never written into the page.
    const forged = await (await request('/orders', { headers: { Cookie: `${sessionCookie}; om_tz=fixed:"><script>` } })).text();
    expect(forged).toMatch(/<html lang="en" data-time-zone="UTC">/);
  });

  it('sends the head at once and the rows when the orders arrive; a failed fetch finishes as the plain shell', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let fail = false;
    const { signIn, request } = startDashboard({
      upstream: (own) => async (path, init) => {
        if (path.startsWith('/orders?')) {
          await held;
          if (fail) throw new TypeError('upstream went away');
        }
        return own(path, init);
      },
    });
    const { sessionCookie } = await signIn();
    const res = await request('/orders', { headers: { Cookie: sessionCookie } });
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    const head = decoder.decode((await reader.read()).value);
    expect(head).toContain('<div id="root">');
    expect(head).not.toContain('om-preload'); // nothing rendered yet: the orders are still being fetched
    release();
    let rest = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += decoder.decode(chunk.value);
    expect(rest).toContain('om-preload');
    expect(rest.trimEnd().endsWith('</html>')).toBe(true);

    fail = true;
    const shell = await (await request('/orders', { headers: { Cookie: sessionCookie } })).text();
    expect(shell).toContain('<div id="root"></div>');
    expect(shell).not.toContain('om-preload');
  });

  it('an upstream slower than the time limit gets the plain shell, so the browser can show its own loading state', async () => {
    const { signIn, request, logs } = startDashboard({
      firstRenderTimeoutMs: 50,
      upstream: (own) => (path, init) =>
        path.startsWith('/orders?')
          ? new Promise<Response>((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)))
          : own(path, init),
    });
    const { sessionCookie } = await signIn();
    const started = performance.now();
    const html = await (await request('/orders', { headers: { Cookie: sessionCookie } })).text();
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(html).toContain('<div id="root"></div>');
    expect(html).not.toContain('om-preload');
    expect(logs.join('\n')).toContain('first render failed, serving the SPA shell');
  });

  it('a browser that leaves before the rows are ready cancels the upstream request', async () => {
    let upstreamSignal: AbortSignal | undefined;
    const { signIn, request, logs } = startDashboard({
      upstream: (own) => (path, init) => {
        if (!path.startsWith('/orders?')) return own(path, init);
        upstreamSignal = init.signal ?? undefined;
        return new Promise<Response>((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
      },
    });
    const { sessionCookie } = await signIn();
    const res = await request('/orders', { headers: { Cookie: sessionCookie } });
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    await reader.read(); // the head
    await new Promise((resolve) => setImmediate(resolve));
    expect(upstreamSignal?.aborted).toBe(false);
    await reader.cancel();
    expect(upstreamSignal?.aborted).toBe(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(logs.join('\n')).not.toContain('first render failed');
  });

  it('renders a search by memo, by id and by shared reference into the HTML, and says when nothing matches', async () => {
    const { signIn, request } = startDashboard();
    const create = async (recipient: string, reference: string) => {
      const res = await request('/api/v1/orders/stars', {
        method: 'POST',
        headers: { Authorization: `Bearer ${TEST_KEY}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ recipient_username: recipient, quantity: 100, client_reference: reference }),
      });
      return ((await res.json()) as { data: { id: number; payment_memo: string } }).data;
    };
    const first = await create('found_by_memo', 'inv-shared');
    const second = await create('found_by_ref', 'inv-shared');
    const { sessionCookie } = await signIn();
    const page = async (q: string) =>
      (await request(`/orders?q=${encodeURIComponent(q)}`, { headers: { Cookie: sessionCookie } })).text();
    const rows = (html: string) => html.split('data-testid="order-row"').length - 1;

    const byMemo = await page(first.payment_memo);
    expect(rows(byMemo)).toBe(1);
    expect(byMemo).toContain(`1 order matches payment memo ${first.payment_memo}`);
    expect(byMemo).toContain('"queryKey":["orders","search",'); // the search's answer, dehydrated for the browser
    const byId = await page(String(second.id));
    expect(rows(byId)).toBe(1);
    expect(byId).toContain('found_by_ref');
    const byReference = await page('inv-shared');
    expect(rows(byReference)).toBe(2);
    const nothing = await page('STARS-nosuchmemo');
    expect(rows(nothing)).toBe(0);
    expect(nothing).toContain('No order matches payment memo STARS-nosuchmemo');
  });

  it('replaces the head scripts with a loader at the end of the body, admitted by its CSP hash', () => {
    const built = [
      '<!doctype html><html><head><title>t</title>',
      '<script type="module" crossorigin src="/assets/index-a.js"></script>',
      '<link rel="modulepreload" crossorigin href="/assets/dep-b.js">',
      '<link rel="stylesheet" crossorigin href="/assets/index-c.css">',
      '</head><body class="x"><div id="root"></div></body></html>',
    ].join('\n');
    const manifest: BuildManifest = {
      'index.html': { file: 'assets/index-a.js', imports: ['_dep-b.js'], css: ['assets/index-c.css'] },
      '_dep-b.js': { file: 'assets/dep-b.js', imports: ['index.html'] },
    };
    const split = splitTemplate(built, entryAssets(manifest));
    if (!split) throw new Error('no template');
    expect(split.head).toContain('index-c.css');
    expect(split.head).not.toContain('<script');
    expect(split.head).not.toContain('modulepreload');
    expect(split.head.endsWith('<div id="root">')).toBe(true);
    // No script tag with a src anywhere: the browser's preload scanner has nothing to fetch before the rows.
    expect(split.tail).not.toMatch(/<script[^>]*src=/);
    expect(split.tail).not.toMatch(/<link[^>]*modulepreload/);
    const loader = /<script type="module">([^<]*)<\/script><\/body><\/html>$/.exec(split.tail)?.[1] ?? '';
    expect(loader).toContain('import("/assets/index-a.js")');
    expect(loader).toContain('["/assets/index-a.js","/assets/dep-b.js"]');
    expect(split.scriptHash).toBe(`'sha256-${createHash('sha256').update(loader).digest('base64')}'`);
    expect(splitTemplate('<html><body>no root</body></html>', entryAssets(manifest))).toBeNull();
    expect(splitTemplate('<html><body><div id="root"></div></body></html>', entryAssets({}))?.scriptHash).toBeNull();
  });

  it('sends the server-rendered page with a CSP that admits its loader and no other inline script', async () => {
    const staticDir = mkdtempSync(join(tmpdir(), 'om-dist-'));
    writeFileSync(
      join(staticDir, 'index.html'),
      '<html><head><script type="module" crossorigin src="/assets/app.js"></script></head><body><div id="root"></div></body></html>',
    );
    mkdirSync(join(staticDir, '.vite'));
    writeFileSync(join(staticDir, '.vite', 'manifest.json'), JSON.stringify({ 'index.html': { file: 'assets/app.js' } }));
    const { signIn, request } = startDashboard({ staticDir });
    const { sessionCookie } = await signIn();
    const res = await request('/orders', { headers: { Cookie: sessionCookie } });
    const html = await res.text();
    const loader = /<script type="module">([^<]*)<\/script>/.exec(html)?.[1] ?? '';
    const hash = `'sha256-${createHash('sha256').update(loader).digest('base64')}'`;
    const scriptSrc = /script-src ([^;]*)/.exec(res.headers.get('content-security-policy') ?? '')?.[1]?.split(' ') ?? [];
    expect(scriptSrc).toContain(hash);
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    const shell = await request('/orders/1', { headers: { Cookie: sessionCookie } });
    expect(shell.headers.get('content-security-policy')).not.toContain(hash);
  });

  it('serves the plain shell when signed out', async () => {
    const { request } = startDashboard();
    const html = await (await request('/orders')).text();
    expect(html).toContain('<div id="root"></div>');
    expect(html).not.toContain('om-preload');
  });
});
