// Runs every suite and ends with one plain line CI can read: "N passed, N failed, N skipped":
//   browser     every browser test in Chromium (web-test-runner.config.mjs)
//   firefox     the same in Firefox ESR (web-test-runner.firefox.config.mjs)
//   webkit      the journeys in WebKit against the built dist/ (scripts/webkit-journeys.mjs)
//   storybook   Storybook built, then every story run through its own runtime (scripts/storybook-stories.mjs)
//   node        Node tests against the built dist/
// Each part's time is printed; a part whose runner died before reporting counts as a failure.
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

const timings = [];
const run = (name, cmd, args) => {
  const started = Date.now();
  const status = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } }).status ?? 1;
  timings.push(`${name} ${Math.round((Date.now() - started) / 1000)} s`);
  return status;
};

const browserStatus = run('chromium', 'npx', ['web-test-runner']);
const firefoxStatus = run('firefox', 'npx', ['web-test-runner', '--config', 'web-test-runner.firefox.config.mjs']);
const visualStatus = run('visual', 'npx', ['web-test-runner', '--config', 'web-test-runner.visual.config.mjs']);
const webkitStatus = run('webkit', process.execPath, ['scripts/webkit-journeys.mjs']);
const storybookStatus = run('storybook', process.execPath, ['scripts/storybook-stories.mjs', '--build']);

const nodeTests = readdirSync('test/node').filter((f) => f.endsWith('.test.mjs')).map((f) => `test/node/${f}`);
const nodeStatus = run('node', process.execPath, [
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=./scripts/node-count-reporter.mjs',
  `--test-reporter-destination=${RESULTS}/node.json`,
  ...nodeTests,
]);

const totals = { passed: 0, failed: 0, skipped: 0 };
/** What failed, by part: printed again at the very end, where a CI log that keeps only its tail still shows it. */
const failures = [];
for (const [name, status] of [
  ['browser', browserStatus],
  ['browser-firefox', firefoxStatus],
  ['visual', visualStatus],
  ['webkit', webkitStatus],
  ['storybook', storybookStatus],
  ['node', nodeStatus],
]) {
  const file = `${RESULTS}/${name}.json`;
  if (!existsSync(file)) {
    // The runner died before reporting: that is a failure, never a silent zero.
    totals.failed++;
    failures.push(`${name}: the runner ended (status ${status}) without reporting`);
    continue;
  }
  const counts = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  for (const failure of counts.failures ?? []) failures.push(`${name}: ${failure}`);
  if (status !== 0 && counts.failed === 0) {
    totals.failed++;
    failures.push(`${name}: the runner exited with status ${status} though no test failed`);
  }
}

if (failures.length > 0) console.log(`Failed:\n  ${failures.slice(0, 20).join('\n  ')}`);
console.log(`Time: ${timings.join(', ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
