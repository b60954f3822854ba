/** Starts the mock backend in a page through MSW's service worker (demo page, Storybook, tests). */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { handlers } from './handlers.js';

const WORKER_URL = '/mockServiceWorker.js';
/** How long to wait for a worker that another page is installing to take this page over. */
const CLAIM_WAIT_MS = 5000;

let started: Promise<SetupWorker> | undefined;

export function startMockWorker(): Promise<SetupWorker> {
  started ??= (async () => {
    // MSW intercepts WebSockets too; the signing-plugin adapters must reach the real plugin (src/signing/socket.ts).
    (globalThis as Record<symbol, unknown>)[Symbol.for('dvc-register.native-websocket')] ??= globalThis.WebSocket;
    await waitForClaim();
    const worker = setupWorker(...handlers);
    await worker.start({
      serviceWorker: { url: WORKER_URL },
      quiet: true,
      // Only the registration API is mocked; everything else (page assets) goes to the network.
      onUnhandledRequest: 'bypass',
    });
    return worker;
  })();
  return started;
}

/**
 * MSW reloads a page that a registered worker does not control yet. That happens when another
 * page (a second tab, or a test page running beside this one) installed the worker while this one
 * was loading; the worker claims every open page when it activates, so waiting for that claim
 * spares the reload, which would throw away the page (and, in the test runner, its tests).
 */
async function waitForClaim(): Promise<void> {
  const container = navigator.serviceWorker;
  if (!container || container.controller) return;
  const registrations = await container.getRegistrations();
  // Only a worker still on its way will claim this page; an active one never will (a hard reload
  // leaves the page uncontrolled), and then MSW's reload is the only way.
  const arriving = registrations.some((r) => (r.installing ?? r.waiting)?.scriptURL.endsWith(WORKER_URL));
  if (!arriving) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, CLAIM_WAIT_MS);
    container.addEventListener('controllerchange', done, { once: true });
    if (container.controller) done();
  });
}
