// The visual check (test/visual) on a page of its own: screenshots need the page in front, and a
// page that starts beside another one can be reloaded by the mock's service worker taking over.
// `npm test` runs it after the other browser tests; `npm run test:update-visual` rewrites baselines.
import { defaultReporter } from '@web/test-runner';
import base from './web-test-runner.config.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';

export default {
  ...base,
  files: ['test/visual/**/*.test.ts'],
  concurrency: 1,
  reporters: [defaultReporter(), summaryReporter({ outFile: '.test-results/visual.json' })],
};
