/**
 * Which browser engine runs the test page. The suite runs in Chromium and Firefox ESR
 * (web-test-runner.firefox.config.mjs); a test that cannot run in one of them skips itself there
 * with a reason, so it is counted as skipped, never dropped.
 */
export const engine: 'chromium' | 'firefox' | 'webkit' = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrome\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/** In a mocha test (`function () {}`, not an arrow): skips it in Firefox, saying why in the log. */
export function skipInFirefox(test: Mocha.Context, reason: string): void {
  if (engine !== 'firefox') return;
  console.warn(`Skipped in Firefox: ${test.test?.fullTitle()}: ${reason}`);
  test.skip();
}
