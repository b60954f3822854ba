/** One MSW worker per test page, reset between tests so no scenario leaks into the next. */
import type { SetupWorker } from 'msw/browser';
import { mockBackend } from '../../src/mocks/backend.js';
import { startMockWorker } from '../../src/mocks/browser.js';

export async function useMockBackend(): Promise<SetupWorker> {
  const worker = await startMockWorker();
  worker.resetHandlers();
  mockBackend.reset();
  return worker;
}
