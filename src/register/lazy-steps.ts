/**
 * Only the subject and method choices ship with the first load; every method's steps load on
 * demand (src/methods/), so the first step paints fast on a cheap phone whatever the portal offers.
 * They are fetched early enough that no one waits for them: every offered method while the browser
 * is idle after the first paint, and a method at once when the person points at or focuses it.
 * The custom elements upgrade in place when their module arrives; the host waits for that before
 * moving focus.
 *
 * Each method's module is a Chunk (src/loading/chunk.ts): loaded once, and when the network fails
 * the host shows "could not load, try again" in the step's place, whose retry downloads it again
 * (under a new URL, for browsers that remember failed imports). A new method adds one line here.
 */
import type { Method, StepName } from '../flow/catalog.js';
import { lazyChunk, type Chunk } from '../loading/chunk.js';
import { afterNextPaint } from '../platform/after-paint.js';

/**
 * Phone and BHXH have no steps of their own: theirs are the form journey's, which Vietnam Post and
 * the token bring too. Imported directly, not through a module of each that only imports it: that
 * was one more round trip before their form (400 ms on slow 3G) for a person who chose at once,
 * or a portal that offers only one of them.
 */
const FORM_JOURNEY = lazyChunk('form-journey', () => import('../methods/form-journey.js'));

/**
 * Vietnam Post, the token and remote signing import the form steps too. Asked for beside their own
 * chunk, not once it has arrived and been read: one round trip less before their first step where
 * nothing brought the form steps yet (a portal offering one of them alone). The browser downloads
 * a module once, whoever asks for it.
 */
const withFormSteps =
  <T>(load: () => Promise<T>) =>
  () => (FORM_JOURNEY.prefetch(), load());

/** SIM ký số and VNPT SmartCA share one module (src/methods/remote-signing.ts). */
const REMOTE_SIGNING = lazyChunk('method-remote-signing', withFormSteps(() => import('../methods/remote-signing.js')));

/** One module per method: everything its steps need (a literal import each, so Vite splits them). */
const METHOD_CHUNKS: Partial<Record<Method, Chunk>> = {
  phone: FORM_JOURNEY,
  bhxh: FORM_JOURNEY,
  vnpost: lazyChunk('method-vnpost', withFormSteps(() => import('../methods/vnpost.js'))),
  vneid: lazyChunk('method-vneid', () => import('../methods/vneid.js')),
  // One journey, one chunk (one Chunk object, loaded once): the two differ only in words.
  sim: REMOTE_SIGNING,
  smartca: REMOTE_SIGNING,
  // The USB token: plugin check, signing, certificate holder and contact details, plugin adapters.
  usb: lazyChunk('method-usb', withFormSteps(() => import('../methods/usb.js'))),
};

/** The chunk a method's steps come from (undefined for a method not built). */
export function methodChunk(method: Method | undefined): Chunk | undefined {
  return method && METHOD_CHUNKS[method];
}

/**
 * Steps a method's chunk fetches on demand itself, set by that chunk when it arrives (USB's steps
 * after signing, src/steps/usb/after-signing.ts, prefetched while the person signs). The host waits
 * for and recovers them as for a method's chunk.
 */
export const STEP_CHUNKS: Partial<Record<StepName, Chunk>> = {};

/**
 * The chunk a step's element comes from: its own, else its method's; none for the first load's
 * steps. When its download failed (`failed`), the host shows the failure in the step's place.
 * Asked of the method, not the step's element: another method may have brought the element (the
 * shared details form) without this method's own parts (the address picker).
 */
export function stepChunk(step: StepName, method: Method | undefined): Chunk | undefined {
  return CORE_STEPS.includes(step) ? undefined : (STEP_CHUNKS[step] ?? methodChunk(method));
}

/** Starts loading what a method needs (once; again after a failure), so it is there when the person gets to it. */
export function prefetchMethod(method: Method | undefined): Promise<unknown> {
  const pending = methodChunk(method)?.load() ?? Promise.resolve();
  // A prefetch nobody awaits must not end up as an unhandled rejection; stepReady reports failures.
  pending.catch(() => undefined);
  return pending;
}

/** Steps in the first load; every other step comes with its method's chunk. */
const CORE_STEPS: readonly StepName[] = ['subject', 'method'];


/**
 * Fetches every offered method's code (and `also`, parts every journey needs soon) once the browser
 * has nothing better to do, so a step change after the first paint never shows a wait, even on a
 * slow connection. Asked for after the next paint (afterNextPaint): an idle moment before the first
 * frame would otherwise start the downloads (and their compiling) ahead of the first paint. Safari
 * has no requestIdleCallback: a short timeout stands in.
 */
export function prefetchWhenIdle(methods: readonly Method[], also: readonly Chunk[] = []): void {
  // A part whose download already failed is left to the person's retry (or their arrival at it):
  // an unasked retry would flip its failure notice to a blank and back.
  const run = () => {
    new Set(methods).forEach((method) => void (methodChunk(method)?.failed || prefetchMethod(method)));
    also.forEach((chunk) => chunk.failed || chunk.prefetch());
  };
  afterNextPaint(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 3000 });
    else setTimeout(run, 200);
  });
}

/**
 * Resolves once the step's element is defined, loading the method it belongs to if need be;
 * rejects when that download failed.
 */
export async function stepReady(step: StepName, method: Method | undefined): Promise<void> {
  if (stepChunk(step, method)) {
    await prefetchMethod(method);
    // Set by the method's chunk, just loaded; a failure shows as the method's would (stepChunk).
    await STEP_CHUNKS[step]?.load();
  }
  await customElements.whenDefined(`dvc-step-${step}`);
}
