import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ErrorCode } from '../../contract/envelope';
import { ExportFailure } from './export-failure';
import { type PageResult, pageReading, type ReadingPlan } from './page-reading';
import type { ToWorker } from './page-worker';

/** One export's reading, wherever it runs. */
export interface ReadingStream {
  read(text: string): Promise<PageResult>;
  flush(): Promise<Uint8Array>;
  close(): void;
}

type Reply = { id: number; result?: PageResult & { bytes?: Uint8Array }; error?: { code: ErrorCode; message: string } };
const isReply = (value: unknown): value is Reply => typeof value === 'object' && value !== null && 'id' in value;

/**
 * The worker's boot code: the server runs its TypeScript through tsx, and so does the worker — through tsx's
 * `tsImport` (found through the package's own export map), whether or not this process was started with
 * tsx's loader (in tests it is not).
 */
function bootCode(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const api = new URL(tsxEsmApi(JSON.parse(readFileSync(manifest, 'utf8'))), pathToFileURL(manifest)).href;
  const entry = new URL('./page-worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(api)}).then((tsx) => tsx.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}));`;
}

function tsxEsmApi(manifest: unknown): string {
  const exported = manifest && typeof manifest === 'object' && 'exports' in manifest ? manifest.exports : undefined;
  const api = exported && typeof exported === 'object' && './esm/api' in exported ? exported['./esm/api'] : undefined;
  const esm = api && typeof api === 'object' && 'import' in api ? api.import : undefined;
  const file = esm && typeof esm === 'object' && 'default' in esm ? esm.default : undefined;
  if (typeof file !== 'string') throw new Error('tsx does not export esm/api');
  return file;
}

/** The same reading on this thread: when the worker cannot start (and for tests that want no thread). */
export const localThread = {
  where: async (): Promise<'worker' | 'event loop'> => 'event loop',
  async open(plan: ReadingPlan): Promise<ReadingStream> {
    const reading = pageReading(plan);
    return { read: async (text) => reading.read(text), flush: async () => reading.flush(), close: () => undefined };
  },
};
export type ReadingThread = typeof localThread;

/**
 * The thread that reads exports' answers: parsing a page and writing its CSV cost about a fifth of fetching it,
 * and on the event loop that time would be added to every export (and taken from every other request). One
 * worker for the process, started on first use and kept (unref'd: it never holds the process open). Should it
 * not start, or die, exports read on this thread instead — those running when it died fail.
 */
export function pageThread(): ReadingThread {
  let worker: Promise<Worker | null> | undefined;
  let nextId = 0;
  let nextStream = 0;
  const waiting = new Map<number, { resolve: (reply: Reply['result']) => void; reject: (error: Error) => void }>();
  const dead = new WeakSet<Worker>();

  function start(): Promise<Worker | null> {
    return new Promise((resolve) => {
      const thread = new Worker(bootCode(), { eval: true });
      thread.unref();
      let started = false;
      thread.on('message', (message: unknown) => {
        if (message === 'ready') {
          started = true;
          return resolve(thread);
        }
        if (!isReply(message)) return;
        const job = waiting.get(message.id);
        waiting.delete(message.id);
        if (message.error) job?.reject(new ExportFailure(message.error.code, message.error.message));
        else job?.resolve(message.result);
      });
      const lost = () => {
        if (!started) return resolve(null);
        dead.add(thread);
        worker = Promise.resolve(null);
        for (const job of waiting.values()) job.reject(new ExportFailure('INTERNAL_ERROR', 'the file could not be written'));
        waiting.clear();
      };
      thread.on('error', lost);
      thread.on('exit', lost);
    });
  }

  return {
    /** Where readings run: on the worker, or here when it could not start. */
    async where(): Promise<'worker' | 'event loop'> {
      worker ??= start();
      return (await worker) ? 'worker' : 'event loop';
    },
    async open(plan: ReadingPlan): Promise<ReadingStream> {
      worker ??= start();
      const thread = await worker;
      if (!thread) return localThread.open(plan);
      const stream = nextStream++;
      const post = (message: ToWorker) => thread.postMessage(message);
      const ask = (message: (id: number) => ToWorker) =>
        new Promise<Reply['result']>((resolve, reject) => {
          if (dead.has(thread)) return reject(new ExportFailure('INTERNAL_ERROR', 'the file could not be written'));
          const id = nextId++;
          waiting.set(id, { resolve, reject });
          post(message(id));
        });
      post({ kind: 'open', stream, plan });
      return {
        async read(text) {
          const result = await ask((id) => ({ kind: 'read', stream, id, text }));
          if (!result) throw new ExportFailure('INTERNAL_ERROR', 'the file could not be written');
          return result;
        },
        async flush() {
          return (await ask((id) => ({ kind: 'flush', stream, id })))?.bytes ?? new Uint8Array();
        },
        close: () => post({ kind: 'close', stream }),
      };
    },
  };
}

/** The process's one reading thread. */
export const readingThread = pageThread();
