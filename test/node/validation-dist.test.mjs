// The built validation entry in plain Node, as an integrator's backend imports it: through the
// package's own exports map ("dvc-register/validation"), with no DOM and no Lit in sight.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

test('Node has no DOM here, so nothing below can lean on one', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.window, 'undefined');
  assert.equal(typeof globalThis.HTMLElement, 'undefined');
  assert.equal(typeof globalThis.customElements, 'undefined');
});

test('"dvc-register/validation" resolves to dist/validation.js', () => {
  assert.equal(fileURLToPath(import.meta.resolve('dvc-register/validation')), join(root, 'dist/validation.js'));
});

test('dist/validation.js and the chunks it imports bring in no Lit and no @lit/localize', () => {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)) {
      assert.ok(spec.startsWith('.'), `${file} imports the bare module ${spec}`);
      visit(resolve(dirname(file), spec));
    }
    assert.doesNotMatch(code, /lit-html|LitElement|@lit\/localize|customElements\.define/, `${file} contains Lit`);
  };
  visit(join(root, 'dist/validation.js'));
});

const v = await import('dvc-register/validation');
const TODAY = '2025-06-01';

test('parseCccd: the public vectors of identifiers.md', () => {
  assert.deepEqual(v.parseCccd('001099012345', { today: TODAY }).info, { kind: 'cccd', province: '001', provinceKnown: true, gender: 'male', birthYear: 1999 });
  assert.deepEqual(v.parseCccd('079301000001', { today: TODAY }).info, { kind: 'cccd', province: '079', provinceKnown: true, gender: 'female', birthYear: 2001 });
  const unknown = v.parseCccd('003099012345', { today: TODAY });
  assert.equal(unknown.ok, true);
  assert.deepEqual(unknown.issues, [{ code: 'cccd.province_unknown', severity: 'warning', params: { province: '003' } }]);
  assert.equal(v.parseCccd('00109901234').ok, false);
});

test('parseMst: the public vectors of identifiers.md', () => {
  for (const valid of ['0100233488', '0100112437', '0314409058-002', '8037630690']) assert.equal(v.parseMst(valid).value, valid);
  assert.deepEqual(v.parseMst('0100233480').issues.map((i) => i.code), ['mst.checksum']);
  assert.deepEqual(v.parseMst('0314409058-000').issues.map((i) => i.code), ['mst.branch_zero']);
});

test('the other parsers normalize as the widget does', () => {
  assert.equal(v.parsePhone('(+84) 912.345.678').value, '+84912345678');
  assert.deepEqual(v.parsePhone('028 3829 1234').issues.map((i) => i.code), ['phone.not_mobile']);
  assert.equal(v.parseName('  Nguyễn   Thị Hương Đào '.normalize('NFD')).value, 'Nguyễn Thị Hương Đào');
  assert.equal(v.foldName('Nguyễn Thị Hương Đào'), 'NGUYEN THI HUONG DAO');
  assert.equal(v.parseBirthDate('25/08/1990', { today: TODAY }).value, '1990-08-25');
  assert.equal(v.parseOtp('１２３ ４５６').value, '123456');
  assert.equal(v.parseBhxh('7912345678').value, '7912345678');
  assert.equal(v.checkPassword('Abcdef1!').ok, true);
});

test('a backend validates a whole registration form with the shared zod/mini schema', () => {
  const ok = v.phoneRegistrationDetailsSchema.safeParse({
    idNumber: '001 099 012345',
    fullName: 'Nguyễn Văn An',
    birthDate: '1999-08-25',
    phone: '0912345678',
    captcha: 'aB3x',
  });
  assert.equal(ok.success, true);
  assert.equal(ok.data.phone, '+84912345678');
  // As README and docs/validation.md show it, on the body the widget sends (docs/openapi.yaml).
  const body = {
    subject: 'citizen',
    method: 'phone',
    details: { idNumber: '001099012345', fullName: 'Nguyễn Văn An', birthDate: '1999-08-25', phone: '+84912345678' },
    captcha: { id: 'c1', answer: 'aB3x' },
  };
  const { details, captcha } = body;
  assert.equal(v.phoneRegistrationDetailsSchema.safeParse({ ...details, captcha: captcha?.answer }).success, true);
  const bad = v.phoneRegistrationDetailsSchema.safeParse({ idNumber: '123', fullName: 'An', birthDate: '1999-02-30', phone: '0912345678', captcha: 'x' });
  assert.deepEqual(bad.error.issues.map((i) => [i.path.join('.'), i.message]), [
    ['idNumber', 'cccd.length'],
    ['birthDate', 'date.impossible'],
  ]);
});
