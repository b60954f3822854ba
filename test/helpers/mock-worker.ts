/**
 * One MSW worker per test page. Every test starts from a clean mock backend with the default
 * handlers: a root-level hook resets both, so no scenario or stored state leaks into the next test.
 */
import { http, HttpResponse } from 'msw';
import type { SetupWorker } from 'msw/browser';
import { mockBackend } from '../../src/mocks/backend.js';
import { startMockWorker } from '../../src/mocks/browser.js';
import { DRAFT_KEY_PREFIX } from '../../src/register/draft.js';

beforeEach(async () => {
  const worker = await useMockBackend();
  worker.resetHandlers();
  worker.events.removeAllListeners();
  mockBackend.reset();
  // What one test typed must not come back as a draft in the next test's widget. A widget of the
  // test before may still have its draft waiting (src/register/draft.ts writes it a moment after
  // the last change): it is written now, as when a page goes away, and removed with the rest.
  dispatchEvent(new Event('pagehide'));
  for (const key of Object.keys(sessionStorage)) if (key.startsWith(DRAFT_KEY_PREFIX)) sessionStorage.removeItem(key);
});

const PROBE = '/__dvc-mock-probe';

/**
 * Waits until the worker really answers this page's requests. On a busy machine a page can start
 * before the shared service worker serves it (seen as the captcha request reaching the test
 * server, a 404), or the worker can stop serving it mid-test (seen in CI: a test's own handler,
 * added a moment before, never reached): the worker is started again until a probe comes back
 * mocked. The probe is a one-time handler, so the handlers a test added stay as they are.
 */
async function untilIntercepting(worker: SetupWorker): Promise<void> {
  for (let attempt = 0; attempt < 60; attempt++) {
    worker.use(http.get(PROBE, () => HttpResponse.text('mocked'), { once: true }));
    const answer = await fetch(PROBE, { cache: 'no-store' }).then((r) => r.text(), () => '');
    if (answer === 'mocked') return;
    await new Promise((resolve) => setTimeout(resolve, 250));
    if (attempt % 8 === 7) {
      worker.stop();
      await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'bypass' });
    }
  }
  throw new Error('The mock service worker never answered this page.');
}

/** The running worker, for `worker.use(...scenarios.x())` and request listeners; answering this page. */
export async function useMockBackend(): Promise<SetupWorker> {
  await underMockWorker();
  const worker = await startMockWorker();
  await untilIntercepting(worker);
  return worker;
}

const WORKER_URL = '/mockServiceWorker.js';
/** Understood by the test run's worker only (web-test-runner.config.mjs). */
const CLAIM_REQUEST = 'dvc-register-test:claim';
const CLAIM_WAIT_MS = 30_000;

/**
 * Makes sure the worker controls this page before MSW starts: MSW reloads a page that a
 * registered worker does not control, and a reload throws away the page and its tests ("Tests
 * were interrupted because the page was reloaded", CI under load, in the first file of the run).
 * The first two pages start together, so one of them can finish navigating just after the worker
 * the other installed claimed the open pages; it then stays uncontrolled for good, unless asked for.
 */
async function underMockWorker(): Promise<void> {
  const container = navigator.serviceWorker;
  if (container.controller) return;
  const controlled = new Promise<void>((resolve) => container.addEventListener('controllerchange', () => resolve(), { once: true }));
  // Joins the registration another page made or is making, or makes it.
  await container.register(WORKER_URL);
  const registration = await container.ready;
  // A worker that is activating claims every open page by itself; an active one claims when asked.
  registration.active?.postMessage(CLAIM_REQUEST);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`The mock service worker did not take this page over in ${CLAIM_WAIT_MS / 1000} s.`)), CLAIM_WAIT_MS);
  });
  try {
    if (!container.controller) await Promise.race([controlled, late]);
  } finally {
    clearTimeout(timer);
  }
}
