/** Starts the mock backend in a page through MSW's service worker (demo page and tests). */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { handlers } from './handlers.js';

let worker: SetupWorker | undefined;
let started: Promise<SetupWorker> | undefined;

export function startMockWorker(): Promise<SetupWorker> {
  started ??= (async () => {
    worker = setupWorker(...handlers);
    await worker.start({
      serviceWorker: { url: '/mockServiceWorker.js' },
      quiet: true,
      // Only the registration API is mocked; everything else (page assets) goes to the network.
      onUnhandledRequest: 'bypass',
    });
    return worker;
  })();
  return started;
}
