// A node:test reporter that only counts, so scripts/test.mjs can add Node results to the browser ones.
export default async function* countReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    // Suites report too; count only the leaf tests (a suite's details carry type: 'suite').
    if (event.data?.details?.type === 'suite') continue;
    if (event.type === 'test:pass') {
      if (event.data.skip || event.data.todo) totals.skipped++;
      else totals.passed++;
    } else if (event.type === 'test:fail') {
      totals.failed++;
    }
  }
  yield JSON.stringify(totals);
}
