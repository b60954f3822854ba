// The first load is two requests in a row at most: the loader, then the core (vite.config.ts,
// firstLoadModules; scripts/inline-bundler-runtime.mjs). Anything the core imported statically
// would be a third, asked for only once the core had arrived.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as acorn from 'acorn';
import { shiftLine } from '../../scripts/inline-bundler-runtime.mjs';

const staticImports = (code) =>
  acorn
    .parse(code, { ecmaVersion: 'latest', sourceType: 'module' })
    .body.filter((n) => n.type === 'ImportDeclaration' || ((n.type === 'ExportNamedDeclaration' || n.type === 'ExportAllDeclaration') && n.source))
    .map((n) => n.source.value);

test('the core imports nothing statically, and no helpers chunk is shipped (npm run build ran before the tests)', () => {
  const chunks = readdirSync('dist/chunks').filter((f) => f.endsWith('.js'));
  const core = chunks.find((f) => /^core-.*\.js$/.test(f));
  assert.ok(core, 'a core chunk');
  assert.deepEqual(staticImports(readFileSync(`dist/chunks/${core}`, 'utf8')), []);
  assert.deepEqual(staticImports(readFileSync('dist/dvc-register.js', 'utf8')), []);
  assert.deepEqual(chunks.filter((f) => f.includes('runtime')), []);
});

test('a source map line is moved from a column on: only the first segment there changes', () => {
  // Segments at columns 0, 10 and 15 of line 1 (relative: 0, 10, 5), then line 2.
  const mappings = 'AAAA,UAAU,KAAK;AACA';
  assert.equal(shiftLine(mappings, 0, 10, 7), 'AAAA,iBAAU,KAAK;AACA');
  assert.equal(shiftLine(mappings, 0, 11, -3), 'AAAA,UAAU,EAAK;AACA');
  assert.equal(shiftLine(mappings, 0, 99, 4), mappings);
  // A banner line first (the compile hint): the statement's line is the second.
  assert.equal(shiftLine(`;${mappings}`, 1, 10, 7), ';AAAA,iBAAU,KAAK;AACA');
  assert.equal(shiftLine(mappings, 5, 0, 4), mappings);
});

test('no chunk the core imports on demand is only an import of another: that would be one more round trip before its step', () => {
  const chunks = readdirSync('dist/chunks').filter((f) => f.endsWith('.js'));
  const core = readFileSync(`dist/chunks/${chunks.find((f) => /^core-.*\.js$/.test(f))}`, 'utf8');
  const onDemand = [...core.matchAll(/import\(\s*[`"']\.\/([^`"']+\.js)[`"']\s*\)/g)].map((m) => m[1]);
  assert.ok(onDemand.some((f) => f.startsWith('form-journey-')), 'phone and BHXH import the form journey itself');
  for (const file of onDemand) {
    const body = acorn.parse(readFileSync(`dist/chunks/${file}`, 'utf8'), { ecmaVersion: 'latest', sourceType: 'module' }).body;
    assert.ok(body.some((n) => n.type !== 'ImportDeclaration' && n.type !== 'ExportNamedDeclaration' && n.type !== 'ExportAllDeclaration'), `${file} has code of its own`);
  }
});
