// The build must fail when a message lacks its English translation (lit-localize only warns).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

function genWith(xlf) {
  const dir = mkdtempSync(join(tmpdir(), 'dvc-i18n-'));
  mkdirSync(join(dir, 'locales'));
  writeFileSync(join(dir, 'locales', 'en.xlf'), xlf);
  const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  config.inputFiles = config.inputFiles.map((glob) => resolve(glob));
  config.interchange.xliffDir = join(dir, 'locales');
  config.output.outputDir = join(dir, 'out');
  config.output.localeCodesModule = join(dir, 'out', 'locale-codes.ts');
  writeFileSync(join(dir, 'lit-localize.json'), JSON.stringify(config));
  return spawnSync(process.execPath, ['scripts/gen.mjs', '--localize-config', join(dir, 'lit-localize.json')], { encoding: 'utf8' });
}

const xlf = readFileSync('locales/en.xlf', 'utf8');

test('every message has its English translation today', () => {
  const result = genWith(xlf);
  assert.equal(result.status, 0, result.stderr);
});

test('a message without an English translation fails the build and names the message', () => {
  const broken = xlf.replace(/(<trans-unit id="otp\.heading">\s*<source>[^<]*<\/source>)\s*<target>[^<]*<\/target>/, '$1');
  assert.notEqual(broken, xlf, 'the fixture must remove a target');
  const result = genWith(broken);
  assert.notEqual(result.status, 0);
  assert.match(result.stderr, /otp\.heading/);
  assert.match(result.stderr, /lack an English translation/);
});
