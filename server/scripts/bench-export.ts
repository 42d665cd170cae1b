/**
 * npm run bench:export — 100,000 seeded orders, the real dashboard server (own process), headless
 * Chromium. Prints the time to export every order to CSV as a ratio to a floor measured in the same run
 * (the page fetching the very same pages, one ahead, without building CSV), the JS heap growth during the
 * export, and checks the file's row count. Targets: ≤ 1.25× the floor, ≤ 150 MB heap growth.
 */
import { readFileSync } from 'node:fs';
import { launchChromium, startBenchServer } from './bench-seeded';

const ready = await startBenchServer();

const browser = await launchChromium();
const context = await browser.newContext({ baseURL: ready.base, acceptDownloads: true });
const signIn = await context.request.post('/session', { data: { demo: true }, headers: { Origin: ready.base } });
if (!signIn.ok()) throw new Error(`sign-in failed: ${signIn.status()}`);
const page = await context.newPage();
await page.goto('/orders');
// The list is server-rendered: wait until the app runs before clicking.
await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
await page.getByRole('button', { name: 'Export CSV' }).click();
await page.getByRole('button', { name: 'Start export' }).waitFor();

/** The floor, as page code in a string: tsx would wrap a function's inner closures in a helper the page lacks. */
const FLOOR_SCRIPT = `(async () => {
  const started = performance.now();
  let rows = 0;
  let offset = 0;
  let next = fetch('/api/v1/orders?limit=100&offset=0').then((r) => r.json());
  for (;;) {
    const { data } = await next;
    offset += 100;
    const more = data.items.length === 100 && offset < data.total;
    if (more) next = fetch('/api/v1/orders?limit=100&offset=' + offset).then((r) => r.json());
    rows += data.items.length;
    if (!more) break;
  }
  return { ms: performance.now() - started, rows };
})()`;

async function floorMs(): Promise<{ ms: number; rows: number }> {
  const result: unknown = await page.evaluate(FLOOR_SCRIPT);
  if (typeof result !== 'object' || result === null || !('ms' in result) || !('rows' in result))
    throw new Error('floor script failed');
  return { ms: Number(result.ms), rows: Number(result.rows) };
}

const cdp = await context.newCDPSession(page);
await cdp.send('Performance.enable');
async function heapUsed(): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
}

async function exportMs(): Promise<{ ms: number; rows: number; heapGrowth: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const baseline = await heapUsed();
  let peak = baseline;
  const sampler = setInterval(() => {
    void heapUsed().then((v) => {
      peak = Math.max(peak, v);
    });
  }, 100);
  const started = performance.now();
  const download = page.waitForEvent('download', { timeout: 300_000 });
  await page.getByRole('button', { name: /Start export|Export again/ }).click();
  const file = await download;
  const ms = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, await heapUsed());
  const text = readFileSync(await file.path(), 'utf8');
  const lines = text.split('\r\n').filter((line) => line !== '');
  return { ms, rows: lines.length - 1, heapGrowth: peak - baseline };
}

const runs = Number(process.env.BENCH_RUNS ?? 3);
const floors: number[] = [];
const exports: { ms: number; rows: number; heapGrowth: number }[] = [];
await floorMs(); // warm-up: server caches and JIT
for (let i = 0; i < runs; i += 1) {
  const floor = await floorMs();
  if (floor.rows !== ready.orders) throw new Error(`floor fetched ${floor.rows} rows, expected ${ready.orders}`);
  floors.push(floor.ms);
  exports.push(await exportMs());
}
await browser.close();
ready.stop();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const floor = median(floors);
const exportTime = median(exports.map((e) => e.ms));
const heapMb = Math.max(...exports.map((e) => e.heapGrowth)) / 1024 / 1024;
const rowsOk = exports.every((e) => e.rows === ready.orders);
console.log(`orders: ${ready.orders}; runs: ${runs}, medians`);
console.log(`floor: fetch every page, no CSV   ${(floor / 1000).toFixed(2)} s`);
console.log(
  `CSV export (click → file)         ${(exportTime / 1000).toFixed(2)} s = ${(exportTime / floor).toFixed(2)}× floor (target ≤ 1.25×)`,
);
console.log(`JS heap growth during export      ${heapMb.toFixed(1)} MB (max over runs; target ≤ 150 MB)`);
console.log(
  `rows in the file                  ${exports.map((e) => e.rows).join(', ')} (expected ${ready.orders}: ${rowsOk ? 'ok' : 'MISMATCH'})`,
);
console.log(`\nverdict: ${exportTime / floor <= 1.25 && heapMb <= 150 && rowsOk ? 'targets met' : 'TARGETS MISSED'}`);
