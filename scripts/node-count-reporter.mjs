// A node:test reporter that only counts, so scripts/test.mjs can add Node results to the browser
// ones, and names what failed, so scripts/test.mjs can repeat it at the end of the log.
import { relative } from 'node:path';

export default async function* countReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const failures = [];
  for await (const event of source) {
    // Suites report too; count only the leaf tests (a suite's details carry type: 'suite').
    if (event.data?.details?.type === 'suite') continue;
    if (event.type === 'test:pass') {
      if (event.data.skip || event.data.todo) totals.skipped++;
      else totals.passed++;
    } else if (event.type === 'test:fail') {
      totals.failed++;
      const file = event.data.file ? relative(process.cwd(), event.data.file) : '';
      const reason = event.data.details?.error?.cause?.message ?? event.data.details?.error?.message ?? 'failed';
      failures.push(`${file}: ${event.data.name}: ${String(reason).split('\n')[0]}`);
    }
  }
  yield JSON.stringify({ ...totals, failures });
}
