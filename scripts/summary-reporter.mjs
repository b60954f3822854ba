// web-test-runner prints its totals inside a progress bar that CI logs cannot read. This reporter
// counts the results of each test file as it finishes and, at the end, writes the totals to a
// file that scripts/test.mjs sums up, with one line per failure: a CI log often keeps only its
// tail, so what failed has to be repeated there, not only in the runner's scrolled-away report.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

/** Adds a suite's results to `totals`, and the names of its failed tests to `failures`. */
function count(suite, totals, failures, file, path = []) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else {
      totals.failed++;
      const reason = test.error?.message?.split('\n')[0] ?? 'failed';
      failures.push(`${file}: ${[...path, test.name].join(' › ')}: ${reason}`);
    }
  }
  for (const child of suite.suites) count(child, totals, failures, file, [...path, child.name]);
}

/** @param {{ outFile: string }} options */
export function summaryReporter({ outFile }) {
  /** Per session id, so a file reported twice is counted once. */
  const perSession = new Map();
  let ended = false;
  const report = (sessionsForTestFile) => {
    for (const session of sessionsForTestFile) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const failures = [];
      const file = relative(process.cwd(), session.testFile);
      if (session.testResults) count(session.testResults, totals, failures, file);
      // A file that failed to load, threw outside a test or never finished has no results for
      // what did not run: count it as a failure, with the runner's reason.
      const errors = session.errors ?? [];
      if (errors.length > 0 || (!session.passed && totals.failed === 0)) {
        totals.failed++;
        const reason = errors.map((e) => e.message?.split('\n')[0]).filter(Boolean).join('; ');
        failures.push(`${file}: ${reason || `the file did not pass (${session.status})`}`);
      }
      perSession.set(session.id, { totals, failures });
    }
  };
  return {
    reportTestFileResults({ sessionsForTestFile }) {
      report(sessionsForTestFile);
    },
    onTestRunFinished({ sessions }) {
      if (ended) return;
      ended = true;
      // A session the runner gave up on (a crash, a timeout) may never have been reported above.
      report(sessions.filter((s) => !perSession.has(s.id) && s.status === 'FINISHED'));
      const unfinished = sessions.filter((s) => !perSession.has(s.id));
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const failures = [];
      for (const s of perSession.values()) {
        totals.passed += s.totals.passed;
        totals.failed += s.totals.failed;
        totals.skipped += s.totals.skipped;
        failures.push(...s.failures);
      }
      for (const s of unfinished) {
        totals.failed++;
        failures.push(`${relative(process.cwd(), s.testFile)}: never finished (${s.status})`);
      }
      mkdirSync(dirname(outFile), { recursive: true });
      writeFileSync(outFile, JSON.stringify({ ...totals, failures }));
    },
  };
}
