// Every msg() names its id: the build leaves out @lit/localize's hashing of templates into ids
// (vite.config.ts, explicitMessageIds), so a call without one would never find its translation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { messagesWithoutId } from '../../scripts/check-msg-ids.mjs';

test('a msg() without an id is named with its line; one with an id passes', () => {
  const code = [
    "const a = msg('Tiếp tục', { id: 'action.continue' });",
    "const b = msg('Quay lại');",
    "const c = msg(str`Bước ${n}`, { desc: 'progress' });",
    "const d = msg(str`Bước ${n}`, { id: 'register.progress' });",
  ].join('\n');
  assert.deepEqual(messagesWithoutId('x.ts', code), ['x.ts:2', 'x.ts:3']);
});

test('every msg() in src/ has its id today', () => {
  execFileSync(process.execPath, ['scripts/check-msg-ids.mjs'], { encoding: 'utf8' });
});

test('the built first load carries no template hashing (npm run build ran before the tests)', () => {
  const core = readdirSync('dist/chunks').find((f) => /^core-.*\.js$/.test(f));
  const map = JSON.parse(readFileSync(`dist/chunks/${core}.map`, 'utf8'));
  assert.ok(map.sources.some((s) => s.includes('@lit/localize')), 'the core has @lit/localize');
  assert.ok(!map.sources.some((s) => /fnv1a64|id-generation/.test(s)), map.sources.filter((s) => s.includes('localize')).join('\n'));
});
