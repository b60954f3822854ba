/**
 * The page inside test/csp/strict-csp.test.ts's frame, served under the strict CSP of
 * web-test-runner.config.mjs (`strictCspPage`): records every CSP violation from the first
 * moment, starts the mock backend, then loads the built widget as a portal page would.
 */
import { mockBackend } from '../../src/mocks/backend.js';
import { startMockWorker } from '../../src/mocks/browser.js';

declare global {
  interface Window {
    cspViolations: string[];
    mockBackend: typeof mockBackend;
    widgetLoaded: Promise<unknown>;
  }
}

window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
});
window.mockBackend = mockBackend;
window.widgetLoaded = startMockWorker().then(() =>
  // @ts-expect-error: the built file has no type declarations; it is tested as a page loads it.
  import('../../dist/dvc-register.js'),
);
