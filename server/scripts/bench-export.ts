/**
 * npm run bench:export — 1,000,000 seeded orders (BENCH_ORDERS), the real dashboard server in its own
 * process, headless Chromium. Prints, as medians over BENCH_RUNS runs (5; after one unmeasured run of each):
 *   - the floor, fetch only: the export's own page reader fetching every page from the same upstream with
 *     the same key, the same way (in order, a page ahead), reading and parsing each answer, writing nothing;
 *   - the export, from the click on Start to the last byte of the file on disk, and each run's ratio to its
 *     own floor (floor and export alternate which goes first); the server's CPU time ratio for reference;
 *   - the browser's JS heap growth and the server process's RSS growth during the export (peaks);
 *   - the file's row count, checked against the seeded orders.
 * Targets: ≤ 1.15× the floor, heap growth ≤ 32 MB, server RSS growth ≤ 64 MB, every row in the file.
 * BENCH_BROWSER_FLOOR=1 also times the page itself fetching every page through the dashboard's proxy (how
 * the export ran before it moved to the server), for reference.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { launchChromium, startBenchServer } from './bench-seeded';

process.env.BENCH_ORDERS ??= '1000000';
const ready = await startBenchServer();
console.log(`seeded ${ready.orders.toLocaleString('en')} orders in ${ready.seedSeconds.toFixed(1)} s`);

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

async function floor(): Promise<{ ms: number; rows: number }> {
  const started = performance.now();
  const res = await context.request.get('/__bench/export-floor', { timeout: 600_000 });
  const body: unknown = await res.json();
  if (typeof body !== 'object' || body === null || !('rows' in body)) throw new Error('floor failed');
  return { ms: performance.now() - started, rows: Number(body.rows) };
}

/** The old way, for reference: the page fetches every page through the proxy (as page code: tsx would wrap a function). */
const BROWSER_FLOOR = `(async () => {
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
  return performance.now() - started;
})()`;

const cdp = await context.newCDPSession(page);
await cdp.send('Performance.enable');
async function heapUsed(): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
}
/** The server process's CPU time so far (user + system, ms), from the kernel. */
function serverCpu(): number {
  try {
    const fields = readFileSync(`/proc/${ready.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** The server's resident memory, from the kernel (no request to the server it measures). */
function serverRss(): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${ready.pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** Counts the file's lines as it streams from disk (a 250 MB file never sits in this process's memory either). */
async function fileRows(path: string): Promise<{ rows: number; bom: boolean }> {
  let lines = 0;
  let first: Buffer | undefined;
  for await (const chunk of createReadStream(path)) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    first ??= bytes;
    for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) lines += 1;
  }
  return { rows: lines - 1, bom: first?.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])) ?? false };
}

async function exportOnce(): Promise<{ ms: number; rows: number; bom: boolean; heapGrowth: number; rssGrowth: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const heapBase = await heapUsed();
  const rssBase = serverRss();
  let heapPeak = heapBase;
  let rssPeak = rssBase;
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, serverRss());
    void heapUsed().then((v) => {
      heapPeak = Math.max(heapPeak, v);
    });
  }, 100);
  const started = performance.now();
  const download = page.waitForEvent('download', { timeout: 600_000 });
  await page.getByRole('button', { name: /Start export|Export again/ }).click();
  const file = await download;
  const path = await file.path();
  const ms = performance.now() - started;
  clearInterval(sampler);
  heapPeak = Math.max(heapPeak, await heapUsed());
  rssPeak = Math.max(rssPeak, serverRss());
  if (await file.failure()) throw new Error(`download failed: ${await file.failure()}`);
  const counted = await fileRows(path);
  await file.delete();
  // The dialog reports the run finished (the server's own count) before the next run starts.
  await page.getByText(/^Exported [\d,]+ rows\.$/).waitFor({ timeout: 60_000 });
  return { ms, ...counted, heapGrowth: heapPeak - heapBase, rssGrowth: rssPeak - rssBase };
}

const runs = Number(process.env.BENCH_RUNS ?? 5);
const floors: { ms: number; cpu: number }[] = [];
const exports: (Awaited<ReturnType<typeof exportOnce>> & { cpu: number })[] = [];
const timed = async <T>(run: () => Promise<T>) => {
  const before = serverCpu();
  const result = await run();
  return { ...result, cpu: serverCpu() - before };
};
// Warm-up, not counted: server caches, the JIT on both paths, the database's pages.
await floor();
await exportOnce();
for (let i = 0; i < runs; i += 1) {
  // Alternating which goes first, so a change in the machine's load does not always favour the same one.
  const pair = async () => {
    if (i % 2 === 0) return { f: await timed(floor), e: await timed(exportOnce) };
    const e = await timed(exportOnce);
    return { f: await timed(floor), e };
  };
  const { f, e } = await pair();
  if (f.rows !== ready.orders) throw new Error(`floor read ${f.rows} rows, expected ${ready.orders}`);
  floors.push(f);
  exports.push(e);
  console.log(
    `run ${i + 1}: floor ${(f.ms / 1000).toFixed(2)} s, export ${(e.ms / 1000).toFixed(2)} s = ${(e.ms / f.ms).toFixed(2)}×, rows ${e.rows}, heap +${(e.heapGrowth / 2 ** 20).toFixed(1)} MB, server RSS +${(e.rssGrowth / 2 ** 20).toFixed(1)} MB`,
  );
}
const browserFloor = process.env.BENCH_BROWSER_FLOOR === '1' ? Number(await page.evaluate(BROWSER_FLOOR)) : undefined;
await browser.close();
ready.stop();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const floorMs = median(floors.map((f) => f.ms));
const exportMs = median(exports.map((e) => e.ms));
const ratio = median(exports.map((e, i) => e.ms / (floors[i]?.ms ?? Number.NaN)));
const cpuRatio = median(exports.map((e, i) => e.cpu / (floors[i]?.cpu ?? Number.NaN)));
const mb = (bytes: number) => bytes / 1024 / 1024;
const heapMb = mb(Math.max(...exports.map((e) => e.heapGrowth)));
const rssMb = mb(Math.max(...exports.map((e) => e.rssGrowth)));
const rowsOk = exports.every((e) => e.rows === ready.orders && e.bom);
console.log(
  `\norders: ${ready.orders.toLocaleString('en')}; runs: ${runs} (medians; ratios are each run's export over its own floor)`,
);
console.log(`floor: every page fetched and parsed, nothing written   ${(floorMs / 1000).toFixed(2)} s`);
console.log(`CSV export (click → file on disk)                       ${(exportMs / 1000).toFixed(2)} s`);
console.log(`export ÷ floor                                          ${ratio.toFixed(2)}× (target ≤ 1.15×)`);
console.log(`server CPU, export ÷ floor (for reference)              ${cpuRatio.toFixed(2)}×`);
console.log(`browser JS heap growth during export                    ${heapMb.toFixed(1)} MB (max over runs; target ≤ 32 MB)`);
console.log(`server RSS growth during export                         ${rssMb.toFixed(1)} MB (max over runs; target ≤ 64 MB)`);
console.log(
  `rows in the file                                        ${exports.map((e) => e.rows.toLocaleString('en')).join(', ')} (expected ${ready.orders.toLocaleString('en')}, BOM first: ${rowsOk ? 'ok' : 'MISMATCH'})`,
);
if (browserFloor !== undefined) {
  console.log(`for reference: the page fetching every page through the proxy   ${(browserFloor / 1000).toFixed(2)} s`);
}
const met = ratio <= 1.15 && heapMb <= 32 && rssMb <= 64 && rowsOk;
console.log(`\nverdict: ${met ? 'targets met' : 'TARGETS MISSED'}`);
