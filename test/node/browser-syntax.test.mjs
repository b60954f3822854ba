// The build's syntax check (scripts/check-browser-syntax.mjs): it must refuse what the support
// floor cannot parse, and the real dist/ must pass it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { checkFile } from '../../scripts/check-browser-syntax.mjs';

const widget = (code) => checkFile('chunk.js', code, { loader: false });
const loader = (code) => checkFile('dvc-register.js', code, { loader: true });

test('the widget chunks: ES2021 passes, class static blocks and regex lookbehind fail', () => {
  assert.deepEqual(widget('class A extends B { m() { return this.x?.y ?? 1_000; } } a ||= b; import("./x.js").catch(() => {});'), []);
  // Class fields are ES2022 in the language, so the build lowers them too (Safari 14.1 has them anyway).
  assert.match(widget('class A { #x = 1; }').join(), /not ECMAScript 2021/);
  assert.match(widget('class A { static { this.s = 1; } }').join(), /not ECMAScript 2021/);
  assert.match(widget('export const r = /(?<![a-z])x/g;').join(), /lookbehind/);
  assert.match(widget('new RegExp("(?<=a)b");').join(), /lookbehind/);
  assert.match(widget('const v = /a/d;').join(), /not ECMAScript 2021/);
  assert.match(widget('class A { m(o) { return #x in o; } #x; }').join(), /not ECMAScript 2021/);
});

test("the widget chunks: ?. ships as written, but not a call in it with a spread before another argument (Chrome 80–90 fail on it)", () => {
  assert.deepEqual(widget('a?.f(...xs); a?.b.c(1, ...xs); a?.(...xs); f(...xs, 1);'), []);
  assert.match(widget('a?.f(...xs, 1);').join(), /Chrome 80–90/);
  assert.match(widget('a?.b.c(...xs, 1).d;').join(), /Chrome 80–90/);
  assert.match(widget('a?.b(...xs, 2)?.c();').join(), /Chrome 80–90/);
});

test('the loader: 2017 syntax and import() pass; newer syntax fails', () => {
  assert.deepEqual(loader('import("./chunks/core.js").then(function (m) { return m; }, function (e) { try { f(); } catch (x) { g(x); } });'), []);
  assert.match(loader('a?.b;').join(), /optional chaining/);
  assert.match(loader('a ?? b;').join(), /nullish/);
  assert.match(loader('try { f(); } catch { g(); }').join(), /catch without a binding/);
  assert.match(loader('const o = { ...p };').join(), /object spread/);
  assert.match(loader('const n = 10n;').join(), /BigInt/);
});

test('the built dist/ passes (npm run build ran before the tests)', () => {
  const out = execFileSync(process.execPath, ['scripts/check-browser-syntax.mjs'], { encoding: 'utf8' });
  assert.match(out, /parse as ECMAScript 2021/);
});
