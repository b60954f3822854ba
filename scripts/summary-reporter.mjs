// web-test-runner prints its totals inside a progress bar that CI logs cannot read. This reporter
// counts the test results itself and writes them to a file that scripts/test.mjs sums up.
import { mkdirSync, writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites) count(child, totals);
}

/** @param {{ outFile: string }} options */
export function summaryReporter({ outFile }) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load or threw outside a test has no results: count it as a failure.
        const broken = (session.errors?.length ?? 0) > 0 || (!session.passed && !session.testResults?.tests.length && !session.testResults?.suites.length);
        if (broken) totals.failed++;
      }
      mkdirSync(new URL('.', `file://${process.cwd()}/${outFile}`), { recursive: true });
      writeFileSync(outFile, JSON.stringify(totals));
    },
  };
}
