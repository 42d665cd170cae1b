/**
 * The export's reading thread: parses each upstream answer and writes its rows as CSV bytes, beside the server's
 * event loop rather than on it (`page-thread.ts` starts it and talks to it). One reading per open export.
 */
import { parentPort } from 'node:worker_threads';
import { ExportFailure } from './export-failure';
import { type PageReading, pageReading, type ReadingPlan } from './page-reading';

export type ToWorker =
  | { kind: 'open'; stream: number; plan: ReadingPlan }
  | { kind: 'read'; stream: number; id: number; text: string }
  | { kind: 'flush'; stream: number; id: number }
  | { kind: 'close'; stream: number };

const port = parentPort;
const readings = new Map<number, PageReading>();

function answer(id: number, run: () => { bytes?: Uint8Array }) {
  try {
    const result = run();
    // The bytes' buffer moves to the other thread rather than being copied.
    const buffer = result.bytes?.buffer;
    port?.postMessage({ id, result }, buffer instanceof ArrayBuffer ? [buffer] : []);
  } catch (error) {
    const failure = error instanceof ExportFailure ? error : new ExportFailure('INTERNAL_ERROR', 'the file could not be written');
    port?.postMessage({ id, error: { code: failure.code, message: failure.message } });
  }
}

port?.on('message', (message: ToWorker) => {
  if (message.kind === 'open') readings.set(message.stream, pageReading(message.plan));
  else if (message.kind === 'close') readings.delete(message.stream);
  else {
    const reading = readings.get(message.stream);
    if (!reading) return answer(message.id, () => ({}));
    if (message.kind === 'read') answer(message.id, () => reading.read(message.text));
    else answer(message.id, () => ({ bytes: reading.flush() }));
  }
});
port?.postMessage('ready');
