// web-test-runner prints its totals inside a progress bar that CI logs cannot read. This reporter
// counts the results of each test file as it finishes and, at the end, writes the totals to a
// file that scripts/test.mjs sums up.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

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
  /** Per session id, so a file reported twice is counted once. */
  const perSession = new Map();
  return {
    reportTestFileResults({ sessionsForTestFile }) {
      for (const session of sessionsForTestFile) {
        const totals = { passed: 0, failed: 0, skipped: 0 };
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load or threw outside a test has no results: count it as a failure.
        if ((session.errors?.length ?? 0) > 0 || (!session.passed && totals.failed === 0)) totals.failed++;
        perSession.set(session.id, totals);
      }
    },
    onTestRunFinished() {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const t of perSession.values()) {
        totals.passed += t.passed;
        totals.failed += t.failed;
        totals.skipped += t.skipped;
      }
      mkdirSync(dirname(outFile), { recursive: true });
      writeFileSync(outFile, JSON.stringify(totals));
    },
  };
}
