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
  const worker = await startMockWorker();
  worker.resetHandlers();
  worker.events.removeAllListeners();
  await untilIntercepting(worker);
  mockBackend.reset();
  // What one test typed must not come back as a draft in the next test's widget.
  for (const key of Object.keys(sessionStorage)) if (key.startsWith(DRAFT_KEY_PREFIX)) sessionStorage.removeItem(key);
});

const PROBE = '/__dvc-mock-probe';

/**
 * Waits until the worker really answers this page's requests. On a busy machine a page can start
 * before the shared service worker serves it (seen as the captcha request reaching the test
 * server, a 404): the worker is started again until a probe comes back mocked.
 */
async function untilIntercepting(worker: SetupWorker): Promise<void> {
  const probe = http.get(PROBE, () => HttpResponse.text('mocked'));
  for (let attempt = 0; attempt < 60; attempt++) {
    worker.use(probe);
    const answer = await fetch(PROBE, { cache: 'no-store' }).then((r) => r.text(), () => '');
    worker.resetHandlers();
    if (answer === 'mocked') return;
    await new Promise((resolve) => setTimeout(resolve, 250));
    if (attempt % 8 === 7) {
      worker.stop();
      await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'bypass' });
    }
  }
  throw new Error('The mock service worker never answered this page.');
}

/** The running worker, for `worker.use(...scenarios.x())` and request listeners. */
export function useMockBackend(): Promise<SetupWorker> {
  return startMockWorker();
}
