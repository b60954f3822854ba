import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkPassword } from '../../src/validation/index.js';
import { RUNS } from './arbitraries.js';

const failed = (password: string, options = {}) => checkPassword(password, options).issues.map((i) => i.code);
const ruleCodes = (password: string, options = {}) => checkPassword(password, options).rules.map((r) => r.code);

const identity = { idNumber: '001 099 012345', phone: '+84 912 345 678', name: 'Nguyễn Thị Hương' };

describe('checkPassword', () => {
  it('accepts a password that meets every rule and returns it unchanged', () => {
    expect(checkPassword(' Abcdef1! ')).to.deep.include({ ok: true, value: ' Abcdef1! ' });
  });

  it('reports each broken rule with its own code, in display order', () => {
    expect(failed('abc')).to.deep.equal(['password.too_short', 'password.upper', 'password.digit', 'password.special']);
    expect(checkPassword('abc').issues[0]).to.deep.equal({ code: 'password.too_short', severity: 'error', params: { min: 8 } });
    expect(failed('ABCDEFG1!')).to.deep.equal(['password.lower']);
    expect(checkPassword('Abcdefg1').issues).to.deep.equal([{ code: 'password.special', severity: 'error', params: { specials: '!@#$%^&*' } }]);
  });

  it('lists every rule with whether it passes, so the form can tick them live', () => {
    expect(checkPassword('Ab1').rules).to.deep.equal([
      { code: 'password.too_short', passed: false, params: { min: 8 } },
      { code: 'password.lower', passed: true },
      { code: 'password.upper', passed: true },
      { code: 'password.digit', passed: true },
      { code: 'password.special', passed: false, params: { specials: '!@#$%^&*' } },
    ]);
  });

  it('adds the identity rules only for what it knows', () => {
    expect(ruleCodes('x', { identity: { phone: '0912345678' } })).to.deep.equal([
      'password.too_short', 'password.lower', 'password.upper', 'password.digit', 'password.special', 'password.contains_phone',
    ]);
    expect(ruleCodes('x', { identity })).to.have.length(8);
  });

  it('counts letters and digits as ASCII, as the backend does', () => {
    expect(failed('ẬẦẤẨẪ1!x')).to.deep.equal(['password.upper']);
    expect(failed('Abcdef１!')).to.deep.equal(['password.digit']);
  });

  it('counts characters, not UTF-16 units, for the length rules', () => {
    expect(failed('Ab1!😀😀😀')).to.deep.equal(['password.too_short']);
    expect(failed('Ab1!😀😀😀😀')).to.deep.equal([]);
    expect(checkPassword(`Ab1!${'x'.repeat(125)}`).issues).to.deep.equal([{ code: 'password.too_long', severity: 'error', params: { max: 128 } }]);
    expect(checkPassword(`Ab1!${'x'.repeat(124)}`).ok).to.equal(true);
  });

  it('takes the policy from options', () => {
    expect(failed('Abcdefg1~', { specials: '~' })).to.deep.equal([]);
    expect(failed('Abcdefg1!', { specials: '~' })).to.deep.equal(['password.special']);
    expect(failed('Abcd1!', { minLength: 6 })).to.deep.equal([]);
    expect(failed('Abcd1!xyz', { maxLength: 8 })).to.deep.equal(['password.too_long']);
  });

  it('reports required for an empty or blank password, while still listing the rules', () => {
    const result = checkPassword('');
    expect(result.issues).to.deep.equal([{ code: 'required', severity: 'error' }]);
    expect(result.rules.filter((r) => r.passed).map((r) => r.code)).to.deep.equal([]);
    expect(failed('        ')).to.deep.equal(['required']);
  });

  describe('with the identity from earlier steps', () => {
    it('refuses the ID number, equal or contained', () => {
      expect(failed('001099012345', { identity })).to.include('password.contains_id');
      expect(failed('Id@001099012345', { identity })).to.deep.equal(['password.contains_id']);
      expect(failed('Id@00109901234', { identity })).to.deep.equal([]);
    });

    it('refuses the phone number in its local 0… form and as national digits', () => {
      expect(failed('Tel@0912345678', { identity })).to.deep.equal(['password.contains_phone']);
      expect(failed('Tel@912345678', { identity })).to.deep.equal(['password.contains_phone']);
      expect(failed('Tel@91234567', { identity })).to.deep.equal([]);
    });

    it('refuses the given name or the whole name, with or without marks, in any case', () => {
      expect(failed('Hương@2024', { identity })).to.deep.equal(['password.contains_name']);
      expect(failed('huong@2024A', { identity })).to.deep.equal(['password.contains_name']);
      expect(failed('X1!nguyenthihuong', { identity })).to.deep.equal(['password.contains_name']);
      expect(failed('X1!Nguyen Thi Huong', { identity })).to.deep.equal(['password.contains_name']);
    });

    it('allows the family or middle name alone, and ignores given names shorter than 3 letters', () => {
      expect(failed('Nguyen@2024', { identity })).to.deep.equal([]);
      expect(failed('Anh@2024x', { identity: { name: 'Lê An' } })).to.deep.equal([]);
      expect(failed('Lean@2024x', { identity: { name: 'Lê An' } })).to.deep.equal(['password.contains_name']);
    });
  });

  describe('properties', () => {
    const password = fc.string({ unit: fc.oneof(fc.constantFrom(...'aZ9!@~ ậ😀'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 20 });

    it('agrees rule by rule with a plain reading of the policy, and is ok exactly when every rule passes', () => {
      fc.assert(
        fc.property(password, (text) => {
          const result = checkPassword(text);
          const passed = Object.fromEntries(result.rules.map((r) => [r.code, r.passed]));
          const codes = [...text].map((c) => c.codePointAt(0)!);
          expect(passed['password.too_short']).to.equal([...text].length >= 8);
          expect(passed['password.lower']).to.equal(codes.some((c) => c >= 97 && c <= 122));
          expect(passed['password.upper']).to.equal(codes.some((c) => c >= 65 && c <= 90));
          expect(passed['password.digit']).to.equal(codes.some((c) => c >= 48 && c <= 57));
          expect(passed['password.special']).to.equal([...text].some((c) => '!@#$%^&*'.includes(c)));
          const allPassed = result.rules.every((r) => r.passed);
          expect(result.ok).to.equal(allPassed && text.trim() !== '');
          expect(result.value).to.equal(result.ok ? text : undefined);
        }),
        { numRuns: RUNS },
      );
    });
  });
});
