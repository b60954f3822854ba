// The built widget (after `npm run build`): the console-warning sentences for webmasters are in an
// on-demand chunk of their own, not in the first load every visitor downloads; the VNeID callback
// page's entry ("dvc-register/vneid") still words its parseVneidConfig() warnings at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = join(root, 'dist');
const STATIC = /(?:from\s*|import\s*)["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
const DYNAMIC = /import\s*\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;

/** As scripts/size-report.mjs counts it: the loader, what it imports at once, and their static imports. */
function firstLoad() {
  const seen = new Set();
  const visit = (path, isEntry) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(path, 'utf8');
    for (const m of [...code.matchAll(STATIC), ...(isEntry ? code.matchAll(DYNAMIC) : [])]) {
      const target = join(dirname(path), m[1]);
      if (existsSync(target)) visit(target, false);
    }
  };
  visit(join(dist, 'dvc-register.js'), true);
  return [...seen];
}

const SENTENCES = ['VNeID is not offered', 'the national portal', 'not available in this version', 'different languages', 'allowed: vgca, vnpt-ca'];

test('the first load carries no console-warning sentence', () => {
  const files = firstLoad();
  assert.ok(files.some((f) => /chunks\/core-/.test(f)), `the core is in the first load (${files.join(', ')})`);
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    assert.deepEqual(SENTENCES.filter((s) => code.includes(s)), [], file);
  }
});

test('the sentences are a chunk of their own, which the core imports on demand only', () => {
  const chunks = readdirSync(join(dist, 'chunks')).filter((f) => /^config-warnings-[\w-]+\.js$/.test(f));
  assert.equal(chunks.length, 1, 'one config-warnings chunk');
  const code = readFileSync(join(dist, 'chunks', chunks[0]), 'utf8');
  for (const s of SENTENCES) assert.ok(code.includes(s), s);
  const first = firstLoad();
  assert.ok(!first.some((f) => f.endsWith(chunks[0])), 'not in the first load');
  const core = first.filter((f) => /chunks\/core-/.test(f)).map((f) => readFileSync(f, 'utf8')).join('');
  assert.ok([...core.matchAll(DYNAMIC)].some((m) => m[1].endsWith(chunks[0])), 'the core import()s it');
});

test('dist/vneid.js gives parseVneidConfig() warnings as sentences, at once', async () => {
  const { parseVneidConfig } = await import(join(dist, 'vneid.js'));
  const parsed = parseVneidConfig({ authorizeUrl: 'http://idp.example.vn/authorize', clientId: null, redirectUri: 'https://portal.example/cb', scope: null });
  assert.deepEqual(parsed, {
    warnings: [
      '<dvc-register>: VNeID is not offered: vneid-client-id is missing; vneid-authorize-url="http://idp.example.vn/authorize" must be an https:// URL (http:// only on localhost or 127.0.0.1, for development).',
    ],
  });
});
