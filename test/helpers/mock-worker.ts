/**
 * One MSW worker per test page. Every test starts from a clean mock backend with the default
 * handlers: a root-level hook resets both, so no scenario or stored state leaks into the next test.
 */
import type { SetupWorker } from 'msw/browser';
import { mockBackend } from '../../src/mocks/backend.js';
import { startMockWorker } from '../../src/mocks/browser.js';
import { DRAFT_KEY_PREFIX } from '../../src/register/draft.js';

beforeEach(async () => {
  const worker = await startMockWorker();
  worker.resetHandlers();
  worker.events.removeAllListeners();
  mockBackend.reset();
  // What one test typed must not come back as a draft in the next test's widget.
  for (const key of Object.keys(sessionStorage)) if (key.startsWith(DRAFT_KEY_PREFIX)) sessionStorage.removeItem(key);
});

/** The running worker, for `worker.use(...scenarios.x())` and request listeners. */
export function useMockBackend(): Promise<SetupWorker> {
  return startMockWorker();
}
