// What a runner of its own (the WebKit journeys, the Storybook stories) leaves for scripts/test.mjs:
// .test-results/<part>.json with its passed, failed and skipped counts and one line per failure,
// which scripts/test.mjs repeats at the end of the log.
import { mkdirSync, writeFileSync } from 'node:fs';

/** @param {string} part the name scripts/test.mjs reads the file under */
export function testResults(part) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  /** @type {string[]} */
  const failures = [];
  const write = () => {
    mkdirSync('.test-results', { recursive: true });
    writeFileSync(`.test-results/${part}.json`, JSON.stringify({ ...totals, failures }));
  };
  return { totals, failures, write };
}
