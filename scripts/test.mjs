// Runs every suite (browser tests in Chromium, then Node tests against the built dist/) and ends
// with one plain line CI can read: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { findChrome, HOW_TO_GET_ONE } from './find-chrome.mjs';

const RESULTS = '.test-results';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

if (!findChrome()) {
  console.error(HOW_TO_GET_ONE);
  console.log('0 passed, 1 failed, 0 skipped');
  process.exit(1);
}

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } }).status ?? 1;

const browserStatus = run('npx', ['web-test-runner']);
const visualStatus = run('npx', ['web-test-runner', '--config', 'web-test-runner.visual.config.mjs']);

const nodeTests = readdirSync('test/node').filter((f) => f.endsWith('.test.mjs')).map((f) => `test/node/${f}`);
const nodeStatus = run(process.execPath, [
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=./scripts/node-count-reporter.mjs',
  `--test-reporter-destination=${RESULTS}/node.json`,
  ...nodeTests,
]);

const totals = { passed: 0, failed: 0, skipped: 0 };
for (const [name, status] of [['browser', browserStatus], ['visual', visualStatus], ['node', nodeStatus]]) {
  const file = `${RESULTS}/${name}.json`;
  if (!existsSync(file)) {
    // The runner died before reporting: that is a failure, never a silent zero.
    totals.failed++;
    continue;
  }
  const counts = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  if (status !== 0 && counts.failed === 0) totals.failed++;
}

console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
