/**
 * Only the subject and method choices ship with the first load; every method's steps load on
 * demand (src/methods/), so the first step paints fast on a cheap phone whatever the portal offers.
 * They are fetched early enough that no one waits for them: every offered method while the browser
 * is idle after the first paint, and a method at once when the person points at or focuses it.
 * The custom elements upgrade in place when their module arrives; the host waits for that before
 * moving focus.
 */
import type { Method, StepName } from '../flow/catalog.js';

/** One module per method: everything its steps need (a literal import each, so Vite splits them). */
const METHOD_MODULES: Partial<Record<Method, () => Promise<unknown>>> = {
  phone: () => import('../methods/phone.js'),
  bhxh: () => import('../methods/bhxh.js'),
  vnpost: () => import('../methods/vnpost.js'),
  vneid: () => import('../methods/vneid.js'),
  // One journey, one chunk: the two differ only in words.
  sim: () => import('../methods/remote-signing.js'),
  smartca: () => import('../methods/remote-signing.js'),
  // The USB token: plugin check, signing, certificate holder and contact details, plugin adapters.
  usb: () => import('../methods/usb.js'),
};

/** The element name of a step: `dvc-step-<name>`. */
export function stepTag(step: StepName): string {
  return `dvc-step-${step}`;
}

const loading = new Map<Method, Promise<unknown>>();

/** Starts loading what a method needs (once; again after a failure), so it is there when the person gets to it. */
export function prefetchMethod(method: Method | undefined): Promise<unknown> {
  const load = method && METHOD_MODULES[method];
  if (!method || !load) return Promise.resolve();
  let pending = loading.get(method);
  if (!pending) {
    pending = load().catch((error: unknown) => {
      loading.delete(method);
      throw error;
    });
    loading.set(method, pending);
    // A prefetch nobody awaits must not end up as an unhandled rejection; stepReady reports failures.
    pending.catch(() => undefined);
  }
  return pending;
}

/**
 * Fetches every offered method's code once the browser has nothing better to do, so a step change
 * after the first paint never shows a wait, even on a slow connection. Safari has no
 * requestIdleCallback: a short timeout after the first paint stands in.
 */
export function prefetchWhenIdle(methods: readonly Method[]): void {
  const run = () => new Set(methods).forEach((method) => void prefetchMethod(method));
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 3000 });
  else setTimeout(run, 200);
}

/** Resolves once the step's element is defined, loading the method it belongs to if need be. */
export async function stepReady(step: StepName, method: Method | undefined): Promise<void> {
  if (!customElements.get(stepTag(step))) await prefetchMethod(method);
  await customElements.whenDefined(stepTag(step));
}
