/**
 * AbortSignal.any and AbortSignal.timeout arrived late (Chrome 116/124, Safari 17.4, Firefox 124):
 * the phones many citizens carry lack them, and calling them there throws before any request goes
 * out. These two helpers use the native APIs where they exist and an AbortController otherwise.
 */

/** Aborts (with the first one's reason) as soon as any of the signals aborts. */
export function anySignal(signals: readonly AbortSignal[]): AbortSignal {
  const native = (AbortSignal as { any?: (signals: AbortSignal[]) => AbortSignal }).any;
  if (typeof native === 'function') return native.call(AbortSignal, [...signals]);
  const controller = new AbortController();
  const already = signals.find((s) => s.aborted);
  if (already) {
    controller.abort(already.reason);
    return controller.signal;
  }
  const stop = new AbortController();
  for (const signal of signals) {
    signal.addEventListener(
      'abort',
      () => {
        controller.abort(signal.reason);
        // Let go of the other signals' listeners: a long-lived caller signal must not hold us.
        stop.abort();
      },
      { once: true, signal: stop.signal },
    );
  }
  return controller.signal;
}

/** Aborts with a "TimeoutError" DOMException after the given milliseconds. */
export function timeoutSignal(ms: number): AbortSignal {
  const native = (AbortSignal as { timeout?: (ms: number) => AbortSignal }).timeout;
  if (typeof native === 'function') return native.call(AbortSignal, ms);
  const controller = new AbortController();
  setTimeout(() => controller.abort(new DOMException('The operation timed out.', 'TimeoutError')), ms);
  return controller.signal;
}
