// Prints raw and gzip bytes of the JavaScript the build ships, per entry, and fails the build when
// an entry passes its budget. An entry's size is its file plus every chunk it can load, statically
// or on demand (the English messages are loaded only when someone switches, but they count).
//   dvc-register.js  what a portal page downloads for the widget
//   validation.js    the DOM-free rules an integrator's Node backend imports (never sent to browsers)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const BUDGETS = {
  'dvc-register.js': 40 * 1024,
  'validation.js': 12 * 1024,
};

/** The file and every chunk reachable from it through import statements or import() calls. */
function closure(entry) {
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(path, 'utf8');
    for (const [, spec] of code.matchAll(/(?:from\s*|import\s*\(?\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      const target = join(dirname(path), spec);
      if (existsSync(target)) visit(target);
    }
  };
  visit(join(DIST, entry));
  return [...seen];
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
let failed = false;

for (const [entry, budget] of Object.entries(BUDGETS)) {
  const rows = closure(entry).map((path) => {
    const bytes = readFileSync(path);
    return { file: relative(DIST, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const total = rows.reduce((sum, r) => ({ raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip }), { raw: 0, gzip: 0 });
  console.log(`\n${entry}`);
  for (const r of rows) console.log(`  ${r.file.padEnd(44)}${kb(r.raw)} raw${kb(r.gzip)} gzip`);
  console.log(`  ${'total'.padEnd(44)}${kb(total.raw)} raw${kb(total.gzip)} gzip   (budget ${kb(budget).trim()} gzip)`);
  if (total.gzip > budget) {
    failed = true;
    console.error(`  over budget by ${total.gzip - budget} gzip bytes`);
  }
}

if (failed) {
  console.error('\nSize budget exceeded. Trim the bundle or, with a reason, raise the budget in scripts/size-report.mjs.');
  process.exit(1);
}
