// The same browser tests in Firefox ESR (`npm test` runs them after Chromium). puppeteer-core
// drives the installed Firefox over WebDriver BiDi: no geckodriver, nothing downloaded.
// A test that cannot run in Firefox, or fails there for a reason not fixed yet, skips itself with
// a reason (test/helpers/engine.ts): it is counted as skipped, never silently dropped.
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

const firefox = chromeLauncher({
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
    },
  },
  // A fresh tab in front for each test file: a reused Firefox tab can be left without keyboard
  // focus by the file before it, and then Tab and Enter go nowhere.
  createPage: async ({ context }) => {
    const page = await context.newPage();
    await page.bringToFront();
    return page;
  },
});
const stopSession = firefox.stopSession.bind(firefox);
firefox.stopSession = async (sessionId) => {
  const result = await stopSession(sessionId);
  const page = firefox.inactivePages.pop();
  await page?.puppeteerPage.close().catch(() => {});
  return result;
};

export default {
  ...base,
  // Only the tab in front has keyboard focus in Firefox: one test file at a time.
  concurrency: 1,
  browsers: [firefox],
  reporters: [defaultReporter(), summaryReporter({ outFile: '.test-results/browser-firefox.json' })],
};
