import { expect } from '@open-wc/testing';
import { setLocale } from '../../src/localization/locale.js';
import { ISSUE_CODES, type IssueCode } from '../../src/validation/index.js';
import { issueMessage, passwordRuleLabel, type RequiredField } from '../../src/validation/messages.js';

/** Params that exercise every variant of every message. */
const VARIANTS: Partial<Record<IssueCode, Record<string, unknown>[]>> = {
  'cccd.length': [{ count: 11, allowCmnd: false }, { count: 10, allowCmnd: true }, {}],
  'cccd.province_unknown': [{ province: '003' }],
  'cccd.birth_year_future': [{ birthYear: 2199 }],
  'cccd.birth_year_mismatch': [{ cardYear: 1999, enteredYear: 1998 }],
  'cccd.gender_mismatch': [{ cardGender: 'male' }, { cardGender: 'female' }],
  'bhxh.length': [{ count: 11 }],
  'mst.length': [{ count: 9, allowPersonalId: false }, { count: 9, allowPersonalId: true }],
  'name.invalid_chars': [{ chars: '2 😀' }],
  'name.too_long': [{ max: 100 }],
  'date.too_old': [{ minYear: 1900 }],
  'date.too_young': [{ minAgeYears: 14 }],
  'otp.length': [{ count: 5 }],
  'password.too_short': [{ min: 8 }],
  'password.too_long': [{ max: 128 }],
  'password.special': [{ specials: '!@#$%^&*' }],
};
const REQUIRED_FIELDS: (RequiredField | undefined)[] = [undefined, 'idNumber', 'bhxh', 'mst', 'phone', 'fullName', 'birthDate', 'otp', 'password', 'captcha', 'email'];
const RULES = ['password.too_short', 'password.too_long', 'password.lower', 'password.upper', 'password.digit', 'password.special', 'password.contains_id', 'password.contains_phone', 'password.contains_name'];

/** Every message of the module in the current locale, keyed by code and variant. */
function allMessages(): Map<string, string> {
  const messages = new Map<string, string>();
  for (const code of ISSUE_CODES) {
    for (const [i, params] of (VARIANTS[code] ?? [undefined]).entries()) messages.set(`${code}#${i}`, issueMessage({ code, params }));
  }
  for (const field of REQUIRED_FIELDS) messages.set(`required@${field}`, issueMessage({ code: 'required' }, field));
  for (const rule of RULES) messages.set(`rule:${rule}`, passwordRuleLabel({ code: rule, params: { min: 8, max: 128, specials: '!@#' } }));
  return messages;
}

describe('validation messages', () => {
  after(() => setLocale('vi'));

  it('give every code, variant and password rule a Vietnamese and a distinct English text', async () => {
    await setLocale('vi');
    const vi = allMessages();
    await setLocale('en');
    const en = allMessages();
    for (const [key, text] of vi) {
      expect(text.trim(), `${key} (vi)`).to.not.equal('');
      expect(text, `${key} (vi)`).to.not.match(/undefined|\$\{|\[object/);
      expect(en.get(key), `${key} (en)`).to.not.match(/undefined|\$\{|\[object/);
      expect(en.get(key), `${key} has no English translation`).to.not.equal(text);
    }
  });

  it('put the params into the text', async () => {
    await setLocale('en');
    expect(issueMessage({ code: 'cccd.length', params: { count: 11, allowCmnd: false } })).to.equal('The CCCD number must have 12 digits. Digits entered: 11.');
    expect(issueMessage({ code: 'cccd.birth_year_mismatch', params: { cardYear: 1999, enteredYear: 1998 } })).to.contain('1999').and.contain('1998');
    expect(passwordRuleLabel({ code: 'password.too_short', params: { min: 10 } })).to.equal('At least 10 characters');
    await setLocale('vi');
    expect(issueMessage({ code: 'cccd.length', params: { count: 11, allowCmnd: false } })).to.equal('Số CCCD phải gồm 12 chữ số. Bạn đã nhập 11 chữ số.');
    expect(passwordRuleLabel('password.too_short', { min: 8 })).to.equal('Ít nhất 8 ký tự');
    expect(issueMessage({ code: 'required' }, 'phone')).to.equal('Hãy nhập số điện thoại di động.');
  });

  it('fall back to a general text for a code it does not know', async () => {
    await setLocale('vi');
    expect(issueMessage({ code: 'something.new' })).to.equal('Thông tin này chưa hợp lệ. Hãy kiểm tra lại.');
  });
});
