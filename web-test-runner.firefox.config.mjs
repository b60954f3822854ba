// The same browser tests in Firefox ESR (`npm test` runs them after Chromium). puppeteer-core
// drives the installed Firefox over WebDriver BiDi: no geckodriver, nothing downloaded.
// Tests that need a Chromium-only feature skip themselves there (test/helpers/engine.ts).
import * as puppeteerCore from 'puppeteer-core';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import base from './web-test-runner.config.mjs';
import { findFirefox, HOW_TO_GET_FIREFOX } from './scripts/find-firefox.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';

const executablePath = findFirefox();
if (!executablePath) {
  console.error(HOW_TO_GET_FIREFOX);
  process.exit(1);
}

export default {
  ...base,
  browsers: [
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath,
        headless: true,
        // A closed network: no update checks, telemetry or captive-portal probes.
        extraPrefsFirefox: {
          'app.update.enabled': false,
          'browser.shell.checkDefaultBrowser': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
          'toolkit.telemetry.enabled': false,
          'dom.min_background_timeout_value': 4,
          // Two test pages run at once; the one in the background must keep its timers.
          'dom.timeout.enable_budget_timer_throttling': false,
        },
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ outFile: '.test-results/browser-firefox.json' })],
};
