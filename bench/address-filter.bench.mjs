// How fast the address picker's filter is on every commune of the country at once (3,321 units),
// typed one key at a time. Timing goals live here, not in the tests: a busy CI machine must not
// fail a test for being slow.
//
//   node bench/address-filter.bench.mjs           prints the numbers
//   node bench/address-filter.bench.mjs --check   also fails when over the budgets below
//
// The budgets assume a cheap phone runs this about 8× slower than a developer's machine or CI:
// a keystroke must stay well inside one 60 Hz frame there (16 ms → 2 ms here), and building the
// index of all communes, done once per list, well inside a tenth of a second (100 ms → 12 ms here).
// The picker itself only ever indexes one province's list (at most ~170 units).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BUDGET = { keystrokeMs: 2, indexAllMs: 12 };
const root = fileURLToPath(new URL('..', import.meta.url));

// The filter is TypeScript and DOM-free: bundle it into a module Node can import.
const bundle = await build({
  entryPoints: [`${root}/src/fields/address-picker/filter.ts`],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  logLevel: 'warning',
});
const { filterUnits, indexUnits } = await import(
  `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`
);

const data = JSON.parse(readFileSync(`${root}/src/generated/addresses.json`, 'utf8'));
const communes = Object.values(data.communes).flat();
if (communes.length < 3000) throw new Error(`expected every commune, got ${communes.length}: run npm run gen`);

function measure(runs, fn) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)] };
}

// Warm up the JIT first, as a page that has been open a moment has.
for (let i = 0; i < 20; i++) indexUnits(communes);
const index = indexUnits(communes);

// What people type, one key at a time: with and without diacritics, with the type word or not.
const phrases = ['phuong ba dinh', 'Phường Ba Đình', 'xa an', 'nguyen', 'hanoi', 'dac khu con dao', 'thu duc', 'zzz'];
const keystrokes = phrases.flatMap((p) => [...p].map((_, i) => p.slice(0, i + 1)));
for (const q of keystrokes) filterUnits(index, q, 50);

const indexAll = measure(50, () => indexUnits(communes));
const perKey = measure(keystrokes.length * 20, (() => {
  let i = 0;
  return () => filterUnits(index, keystrokes[i++ % keystrokes.length], 50);
})());
const largestProvince = Object.values(data.communes).reduce((a, b) => (a.length >= b.length ? a : b));
const indexProvince = measure(200, () => indexUnits(largestProvince));

const fmt = (n) => `${n.toFixed(3)} ms`;
console.log(`units: ${communes.length} communes; ${keystrokes.length} keystrokes over ${phrases.length} phrases`);
console.log(`index all communes:       median ${fmt(indexAll.median)}, p95 ${fmt(indexAll.p95)}  (budget ${BUDGET.indexAllMs} ms)`);
console.log(`index largest province:   median ${fmt(indexProvince.median)} (${largestProvince.length} units)`);
console.log(`filter, per keystroke:    median ${fmt(perKey.median)}, p95 ${fmt(perKey.p95)}  (budget ${BUDGET.keystrokeMs} ms)`);

if (process.argv.includes('--check')) {
  const over = [];
  if (perKey.p95 > BUDGET.keystrokeMs) over.push(`keystroke p95 ${fmt(perKey.p95)} > ${BUDGET.keystrokeMs} ms`);
  if (indexAll.median > BUDGET.indexAllMs) over.push(`index median ${fmt(indexAll.median)} > ${BUDGET.indexAllMs} ms`);
  if (over.length) {
    console.error(`over budget: ${over.join('; ')}`);
    process.exit(1);
  }
  console.log('within budget');
}
