// Prints raw and gzip bytes of the JavaScript the build ships and fails the build when a budget
// is passed:
//   first load  the entry (the loader), the core it imports at once, and every chunk those import
//               statically: what every visitor downloads
//               before anything else happens (the host, the flow, the subject and method choices)
//   methods     for each method (chunks/method-<name>-*.js, from src/methods/; for phone and BHXH
//               the form journey's chunk), what choosing it
//               downloads: its own chunks (no other method loads them) have a budget; the chunks
//               it shares with other methods (the form steps of phone, BHXH and Vietnam Post,
//               fetched once for all of them; the certificate parts of USB and remote signing)
//               have a budget of their own, per group of methods sharing them
//   everything  first load plus every chunk it can load on demand: reported, no budget
// dvc-register.js is what portal pages load; validation.js is for Node backends (never sent to browsers);
// vneid.js is the callback page's. dist/node/ (the mock server and conformance checker) never reaches a browser.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const KB = 1024;
const BUDGETS = {
  'dvc-register.js': {
    // The loader and the core: what paints the first step (host, flow, subject and method
    // choices, shared styles) and what must work when the network does not or the browser is old
    // (the loader's "browser too old / could not load" sentences, the "could not load, try again"
    // box of a failed chunk, the held first paint in the page's language, the draft after a
    // reload). Everything a method needs, the configuration's console warnings and the English
    // messages load on demand.
    firstLoad: 20 * KB,
    methodOwn: 8 * KB,
    // 22 KB (was 20): the spoken captcha (WCAG 1.1.1: 'Nghe mã', its player, its messages,
    // ~0.7 KB) lives in the details step every method shares; and building for the support floor
    // (ES2021, README "Browser support") lowers class fields and static blocks into constructor
    // code, about 0.5 KB gzip on these steps. 22.25 KB (was 22): answers a backend written from
    // the contract alone may give (a rule named without its number, no OTP attempt left, a resend
    // or username check refused, an expired spoken captcha) each said with what to do, ~0.6 KB.
    // 23 KB (was 22.25): field errors named by their path in the request (details.phone, a JSON
    // Pointer, an address's part) shown at their field, and the signing steps' fixes from the same
    // review (failure-alert.ts is shared), ~0.4 KB. Growth here is paid once by every method.
    methodShared: 23 * KB,
  },
  'validation.js': { firstLoad: 12 * KB },
  // What a portal's VNeID callback page loads, alone (dvc-register/vneid).
  'vneid.js': { firstLoad: 4 * KB },
};

// Minified output may quote with backticks: import(`./en-x.js`).
const STATIC = /(?:from\s*|import\s*)["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
const DYNAMIC = /import\s*\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;

/**
 * The English messages (src/generated/locales/en.ts): the loader asks for them beside the core,
 * but only on a page whose widget has lang="en"; every visitor of a Vietnamese page never loads
 * them. The budget counts them as it always has: on demand.
 */
const ENGLISH_MESSAGES = /^en-[\w-]{6}\.js$/;

/**
 * The file and every chunk reachable from it; on demand too when `dynamic`. The entry's own
 * import() counts as first load: dvc-register.js is the loader (src/platform/loader.ts), which
 * imports the core at once (and the English messages for an English page only: not followed).
 */
export function closure(entry, { dynamic, entryDynamic = true }) {
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(path, 'utf8');
    const followDynamic = dynamic || (entryDynamic && path === join(DIST, entry));
    const entryImports = followDynamic ? [...code.matchAll(DYNAMIC)].filter((m) => dynamic || !ENGLISH_MESSAGES.test(m[1].split('/').pop())) : [];
    const specs = [...code.matchAll(STATIC), ...entryImports].map((m) => m[1]);
    for (const spec of specs) {
      const target = join(dirname(path), spec);
      if (existsSync(target)) visit(target);
    }
  };
  visit(join(DIST, entry));
  return [...seen];
}

const sizes = (path) => {
  const bytes = readFileSync(path);
  return { file: relative(DIST, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const kb = (n) => `${(n / KB).toFixed(1)} KB`.padStart(9);
const sum = (rows) => rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 });

let failed = false;
for (const [entry, budget] of Object.entries(BUDGETS)) {
  const first = closure(entry, { dynamic: false });
  const all = closure(entry, { dynamic: true });
  console.log(`\n${entry}`);
  for (const path of all) {
    const r = sizes(path);
    console.log(`  ${r.file.padEnd(40)}${kb(r.raw)} raw${kb(r.gzip)} gzip${first.includes(path) ? '' : '   (on demand)'}`);
  }
  const line = (name, paths, limit) => {
    const total = sum(paths.map(sizes));
    const over = limit !== undefined && total.gzip > limit;
    failed ||= over;
    const verdict = limit === undefined ? '' : `   budget ${kb(limit).trim()}${over ? `   OVER by ${total.gzip - limit} bytes` : ''}`;
    console.log(`  ${name.padEnd(40)}${kb(total.raw)} raw${kb(total.gzip)} gzip${verdict}`);
  };
  line('first load', first, budget.firstLoad);
  // Phone and BHXH import the form journey's chunk itself (src/register/lazy-steps.ts): it is
  // what choosing either downloads.
  const FORM_JOURNEY = /\/form-journey-[\w-]{6}\.js$/;
  const methods = all.filter((path) => /\/method-[^/]+$/.test(path) || FORM_JOURNEY.test(path));
  const methodName = (path) => (FORM_JOURNEY.test(path) ? 'phone, bhxh' : relative(DIST, path).replace(/^chunks\/method-|-[\w-]{6}\.js$/g, ''));
  // A method chunk's own import()s (remote signing's holder step and client, fetched while the
  // person waits on the phone; USB's steps after signing and its certificate client, fetched while
  // the person checks the plugin and signs) are not what choosing it downloads: not followed here.
  const setOf = (path) => closure(relative(DIST, path), { dynamic: false, entryDynamic: false }).filter((p) => !first.includes(p));
  for (const path of methods) {
    const name = methodName(path);
    const others = methods.filter((p) => p !== path);
    const set = setOf(path);
    line(`method ${name}: own`, set.filter((p) => !others.some((o) => setOf(o).includes(p))), budget.methodOwnFor?.[name] ?? budget.methodOwn);
    // Shared chunks grouped by which methods share them (e.g. the form journey's chunk, shared by
    // every form method; the certificate holder, shared by USB and remote signing): each group is
    // fetched once for all of its methods and has the shared budget.
    const groups = new Map();
    for (const p of set) {
      const sharers = others.filter((o) => setOf(o).includes(p)).map(methodName);
      if (sharers.length === 0) continue;
      const key = sharers.join(', ');
      groups.set(key, [...(groups.get(key) ?? []), p]);
    }
    for (const [sharers, paths] of groups) line(`method ${name}: shared with ${sharers}`, paths, budget.methodShared);
  }
  line('everything', all);
}

if (failed) {
  console.error('\nSize budget exceeded. Trim the bundle or, with a reason, change the budget in scripts/size-report.mjs.');
  process.exit(1);
}
