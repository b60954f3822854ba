// The package's type declarations as an app sees them: test/types/ holds consumer files (a DOM
// page, React 19, Preact and Vue JSX, the validation and VNeID entries) that import
// 'dvc-register…' through package.json "exports" and must type-check, including every
// `@ts-expect-error` line in them (a wrong attribute value or event type must be an error).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { it } from 'node:test';

const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

it('gives every code entry of "exports" its types, and every types file exists', () => {
  for (const [entry, target] of Object.entries(pkg.exports)) {
    if (typeof target === 'string') {
      assert.ok(/\.(json|yaml)$/.test(target), `${entry} is a data file, or has types`);
      continue;
    }
    assert.ok(target.types, `${entry} has types`);
    assert.ok(existsSync(target.types), `${target.types} exists`);
    assert.deepEqual(Object.keys(target)[0], 'types', `${entry}: "types" comes first, as TypeScript requires`);
  }
});

it('type-checks the consumer files in test/types against the built declarations', () => {
  const tsc = require.resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', 'test/types/tsconfig.json'], { encoding: 'utf8' });
  assert.equal(result.status, 0, `${result.stdout}${result.stderr}`);
});
