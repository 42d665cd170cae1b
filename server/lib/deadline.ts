/**
 * A signal that aborts when any of `signals` does, or after `ms` (reason: a TimeoutError).
 *
 * One AbortController and a plain timer instead of `AbortSignal.any([…, AbortSignal.timeout(ms)])`:
 * on Node 20 the timeout signal inside `any()` can be garbage-collected before it fires
 * (nodejs/node#57736), and the request then waits forever. The timer holds the controller until it
 * fires; it is unref'd so it never keeps the process alive by itself.
 */
export function deadline(ms: number, ...signals: (AbortSignal | null | undefined)[]): AbortSignal {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException(`no answer within ${ms} ms`, 'TimeoutError')), ms);
  timer.unref();
  controller.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  for (const signal of signals) {
    if (!signal) continue;
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}
