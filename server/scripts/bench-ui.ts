/**
 * npm run bench:ui — 100,000 seeded orders, the real dashboard server, headless Chromium.
 * Prints time to the first rendered rows of the orders page and to a memo search result, each as a
 * ratio to a floor measured in the same run (a static HTML page with a 50-row table served by the same
 * server — its static handler, its headers), and the gzip size of the JavaScript the orders page loads for
 * its first render (the rows come server-rendered; these scripts hydrate them). For reference it also
 * times the same static page served without the server's security headers: Cross-Origin-Opener-Policy
 * makes the browser switch to a fresh renderer process on such a navigation, a cost every page of this
 * server pays (see the README).
 * Targets: first rows ≤ 1.3× the floor; first-render JS ≤ 120 kB gz without TonConnect, @ton/core, recharts.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { percentile } from './bench-harness';
import { launchChromium, startBenchServer } from './bench-seeded';

const RUNS = Number(process.env.BENCH_RUNS ?? 30); // cold loads vary ±10 ms here: 30 keeps the medians steady

const ready = await startBenchServer();
const http = { base: ready.base };
const { memo } = ready;
const COUNT = ready.orders;

declare global {
  /** Set in the page by ROWS_WATCH: ms since navigation start when the first order row appeared. */
  var __rowsAt: number | undefined;
  /** Set in the page by ROWS_WATCH: ms since navigation start when the app marked `<html data-app="ready">`. */
  var __readyAt: number | undefined;
}

const ROWS_WATCH = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-testid="order-row"]')) { window.__rowsAt = performance.now(); observer.disconnect(); }
  }).observe(document, { subtree: true, childList: true });
  new MutationObserver((_, observer) => {
    if (document.documentElement.dataset.app === 'ready') { window.__readyAt = performance.now(); observer.disconnect(); }
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-app'] });
`;

async function timeToRows(
  browser: Browser,
  path: string,
  signedIn: boolean,
): Promise<{ ms: number; scripts: { url: string; gz: number; text: string }[] }> {
  const context = await browser.newContext({ baseURL: http.base });
  if (signedIn) {
    const res = await context.request.post('/session', { data: { demo: true }, headers: { Origin: http.base } });
    if (!res.ok()) throw new Error(`sign-in failed: ${res.status()}`);
  }
  const page = await context.newPage();
  await page.addInitScript(ROWS_WATCH);
  const scripts: { url: string; gz: number; text: string }[] = [];
  // The rows are server-rendered, so they show before any script runs; the JavaScript that counts is what
  // the page loads to become the app: every script answered until the app says it runs (data-app=ready).
  let loaded = false;
  const reading: Promise<void>[] = [];
  page.on('response', (response) => {
    if (loaded || response.request().resourceType() !== 'script') return;
    reading.push(
      response.body().then((body) => {
        scripts.push({ url: response.url(), gz: gzipSync(body).length, text: body.toString('utf8') });
      }),
    );
  });
  await page.goto(path);
  await page.waitForFunction(() => globalThis.__rowsAt !== undefined, undefined, { timeout: 20_000 });
  if (signedIn) {
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', undefined, { timeout: 20_000 });
  }
  loaded = true;
  if (process.env.BENCH_DEBUG) {
    const nav = await page.evaluate(() => {
      const e = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return [globalThis.__rowsAt ?? 0, e.requestStart, e.responseStart, e.responseEnd, e.domInteractive, e.encodedBodySize].map(
        Math.round,
      );
    });
    console.log(path, 'rows/req/resStart/resEnd/domInteractive/bytes', nav.join(' '));
  }
  // Widgets loaded after hydration (the header's wallet control) are not part of the first render: count only
  // the scripts the page asked for before it marked itself ready.
  const asked = new Set(
    await page.evaluate(() => {
      const readyAt = globalThis.__readyAt ?? Number.POSITIVE_INFINITY;
      return performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime <= readyAt)
        .map((entry) => entry.name);
    }),
  );
  const ms = await page.evaluate(() => globalThis.__rowsAt);
  if (typeof ms !== 'number') throw new Error('no render time recorded');
  await Promise.all(reading); // every script counted in full before the context goes
  await context.close();
  return { ms, scripts: scripts.filter((script) => asked.has(script.url)) };
}

const browser = await launchChromium();
const samples = { floor: [] as number[], plain: [] as number[], orders: [] as number[], memo: [] as number[] };
let firstScripts: { url: string; gz: number; text: string }[] = [];
await timeToRows(browser, '/floor.html', false); // warm-up
await timeToRows(browser, '/orders', true);
for (let i = 0; i < RUNS; i += 1) {
  samples.floor.push((await timeToRows(browser, '/floor.html', false)).ms);
  samples.plain.push((await timeToRows(browser, '/__floor-without-headers', false)).ms);
  const orders = await timeToRows(browser, '/orders', true);
  samples.orders.push(orders.ms);
  firstScripts = orders.scripts;
  samples.memo.push((await timeToRows(browser, `/orders?q=${encodeURIComponent(memo)}`, true)).ms);
}
await browser.close();

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
const floor = median(samples.floor);
const plain = median(samples.plain);
const firstRows = median(samples.orders);
const memoRows = median(samples.memo);
const jsKb = firstScripts.reduce((sum, s) => sum + s.gz, 0) / 1024;
// Code markers that survive minification: TonConnect UI's custom element, a @ton/core builder method,
// recharts' wrapper class (each checked present in its own lazy chunk of the build).
const markers: Record<string, string> = { TonConnect: 'tc-root', '@ton/core': 'storeStringTail', recharts: 'recharts-wrapper' };
const forbidden = Object.entries(markers)
  .filter(([, marker]) => firstScripts.some((s) => s.text.includes(marker)))
  .map(([name]) => name);

console.log(`orders seeded: ${COUNT}; runs: ${RUNS} (cold browser context each), medians`);
console.log(`floor: static 50-row table, same server ${floor.toFixed(1)} ms`);
console.log(
  `orders page, first rows              ${firstRows.toFixed(1)} ms  = ${(firstRows / floor).toFixed(2)}× floor (target ≤ 1.3×)`,
);
console.log(
  `  reference: the static table without the server's security headers ${plain.toFixed(1)} ms; first rows = ${(firstRows / plain).toFixed(2)}× that`,
);
console.log(`memo search (/orders?q=<memo>) rows  ${memoRows.toFixed(1)} ms  = ${(memoRows / floor).toFixed(2)}× floor`);
console.log(`JS for the first render (hydration)  ${jsKb.toFixed(1)} kB gz in ${firstScripts.length} file(s) (target ≤ 120 kB)`);
for (const s of firstScripts) console.log(`  ${new URL(s.url).pathname}  ${(s.gz / 1024).toFixed(1)} kB gz`);
console.log(`TonConnect / @ton/core / recharts in it: ${forbidden.length === 0 ? 'none' : forbidden.join(', ')}`);
const met = firstRows / floor <= 1.3 && jsKb <= 120 && forbidden.length === 0;
console.log(`\nverdict: ${met ? 'targets met' : 'TARGETS MISSED'}`);
ready.stop();
