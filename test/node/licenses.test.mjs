// Every third-party package a shipped bundle holds has its licence in the text file beside it
// (scripts/license-notices.mjs): Lit's BSD-3-Clause and the MIT licences ask that their notice
// travel with every copy, and the minified bundles drop comments. Run after `npm run build`; the
// packages each browser bundle holds are read from its source maps, independently of the build's
// own list.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

/** The node_modules packages named in the sources of these source maps. */
function packagesIn(maps) {
  const names = new Set();
  for (const map of maps) {
    for (const source of JSON.parse(readFileSync(map, 'utf8')).sources) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
      if (match) names.add(match[1]);
    }
  }
  return [...names].sort();
}

/** Checks that `notices` has a section for each package, with its version and licence text. */
function assertListed(notices, names) {
  assert.ok(names.length > 0, 'the bundle holds third-party code');
  const text = readFileSync(notices, 'utf8');
  for (const name of names) {
    const pkg = JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8'));
    assert.ok(text.includes(`${name} ${pkg.version} — ${pkg.license}\n`), `${notices} lists ${name} ${pkg.version}`);
  }
  assert.match(text, /Copyright/, 'with the licence texts themselves');
}

describe('the licences shipped beside each bundle', () => {
  it('name every package the widget bundles (the loader and all its chunks)', () => {
    const maps = ['dist/dvc-register.js.map', ...readdirSync('dist/chunks').filter((f) => f.endsWith('.js.map')).map((f) => join('dist/chunks', f))];
    const names = packagesIn(maps);
    assert.ok(names.includes('lit-html') && names.includes('@lit/localize'), names.join(', '));
    assertListed('dist/dvc-register.js.LICENSE.txt', names);
  });

  it('name every package validation.js bundles', () => {
    assertListed('dist/validation.js.LICENSE.txt', packagesIn(['dist/validation.js.map']));
  });

  it('come with the Node tools too, msw among them', () => {
    assert.ok(existsSync('dist/node/THIRD-PARTY-LICENSES.txt'));
    assert.match(readFileSync('dist/node/THIRD-PARTY-LICENSES.txt', 'utf8'), /^msw \d+\.\d+\.\d+ — MIT$/m);
  });
});
