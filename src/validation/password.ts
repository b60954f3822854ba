/**
 * The portal's password policy, one code per rule so the form can tick each rule as the person
 * types, plus "must not contain who you are": the ID number, phone number or name given earlier in
 * the wizard.
 *
 * The password itself is never normalized or trimmed: what the person typed is what the backend
 * stores, and a silent change would lock them out at the next login.
 */
import { asString } from './input.js';
import { foldName } from './name.js';
import { parsePhone } from './phone.js';
import { error, type IssueCode, type IssueParams, type ValidationIssue } from './result.js';

export interface PasswordIdentity {
  /** CCCD, CMND or any ID number, in any written form. */
  readonly idNumber?: string;
  /** Mobile number in any written form `parsePhone` reads. */
  readonly phone?: string;
  /** Full name as typed. */
  readonly name?: string;
}

export interface PasswordOptions {
  readonly identity?: PasswordIdentity;
  /** Default 8 (the portal's policy). */
  readonly minLength?: number;
  /** Default 128: a guard, not a policy rule, so it is reported as an issue but not in `rules`. */
  readonly maxLength?: number;
  /** The characters that count as special. Default `!@#$%^&*`. */
  readonly specials?: string;
}

export const DEFAULT_PASSWORD_MIN_LENGTH = 8;
export const DEFAULT_PASSWORD_MAX_LENGTH = 128;
export const DEFAULT_PASSWORD_SPECIALS = '!@#$%^&*';

export type PasswordRuleCode = Extract<
  IssueCode,
  | 'password.too_short'
  | 'password.lower'
  | 'password.upper'
  | 'password.digit'
  | 'password.special'
  | 'password.contains_id'
  | 'password.contains_phone'
  | 'password.contains_name'
>;

export interface PasswordRule {
  readonly code: PasswordRuleCode;
  readonly passed: boolean;
  readonly params?: IssueParams;
}

export interface PasswordResult {
  readonly ok: boolean;
  /** The password, unchanged, when ok. */
  readonly value?: string;
  readonly issues: readonly ValidationIssue[];
  /** Every rule that applies, in display order, passed or not. */
  readonly rules: readonly PasswordRule[];
}

/** Identity fragments shorter than this are too common to forbid inside a password. */
const MIN_FRAGMENT = 3;

function digitsOf(text: string): string {
  return text.normalize('NFKC').replace(/[^0-9]/g, '');
}

/** The forms of the phone number a person might put in a password: 0912345678 and 912345678. */
function phoneForms(phone: string): string[] {
  const parsed = parsePhone(phone);
  if (parsed.ok && parsed.value) {
    const national = parsed.value.slice(3);
    return [`0${national}`, national];
  }
  const digits = digitsOf(phone);
  return digits.length >= 6 ? [digits] : [];
}

/**
 * The name check: the password, folded like a certificate name (no marks, Đ→D, upper-case, no
 * spaces), must not contain the whole name run together ("NGUYENTHIHUONG") nor the given name, the
 * last word ("HUONG"), when that has at least 3 letters. The given name is what people put in
 * passwords; a two-letter one ("AN") would forbid too many innocent passwords, and family and
 * middle names ("NGUYEN", "THI") are shared by millions and say little about the person.
 */
function nameForms(name: string): string[] {
  const words = foldName(name).split(' ').filter(Boolean);
  const forms = [words.join('')];
  const given = words[words.length - 1]; // not .at(): Safari < 15.4
  if (given !== undefined && given.length >= MIN_FRAGMENT) forms.push(given);
  return forms.filter((form) => form.length >= MIN_FRAGMENT);
}

function countCodePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one character; a lone half counts as one.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

export function checkPassword(password: string, options: PasswordOptions = {}): PasswordResult {
  const text = asString(password);
  const min = options.minLength ?? DEFAULT_PASSWORD_MIN_LENGTH;
  const max = options.maxLength ?? DEFAULT_PASSWORD_MAX_LENGTH;
  const specials = options.specials ?? DEFAULT_PASSWORD_SPECIALS;
  const identity = options.identity ?? {};
  const length = countCodePoints(text);

  // Letters and digits are ASCII: the backend's policy is written for a-z, A-Z, 0-9, and counting
  // "ậ" as a lower-case letter here could pass a password the backend then refuses.
  const rules: PasswordRule[] = [
    { code: 'password.too_short', passed: length >= min, params: { min } },
    { code: 'password.lower', passed: /[a-z]/.test(text) },
    { code: 'password.upper', passed: /[A-Z]/.test(text) },
    { code: 'password.digit', passed: /[0-9]/.test(text) },
    { code: 'password.special', passed: [...specials].some((char) => text.includes(char)), params: { specials } },
  ];

  // Identity rules appear only when there is something to compare with.
  const id = typeof identity.idNumber === 'string' ? digitsOf(identity.idNumber) : '';
  if (id.length >= 6) rules.push({ code: 'password.contains_id', passed: !text.includes(id) });
  const phones = typeof identity.phone === 'string' ? phoneForms(identity.phone) : [];
  if (phones.length > 0) rules.push({ code: 'password.contains_phone', passed: !phones.some((form) => text.includes(form)) });
  const names = typeof identity.name === 'string' ? nameForms(identity.name) : [];
  if (names.length > 0) {
    const folded = foldName(text).replace(/ /g, '');
    rules.push({ code: 'password.contains_name', passed: !names.some((form) => folded.includes(form)) });
  }

  const issues: ValidationIssue[] = [];
  if (text.trim() === '') issues.push(error('required'));
  else {
    for (const rule of rules) if (!rule.passed) issues.push(error(rule.code, rule.params));
    if (length > max) issues.push(error('password.too_long', { max }));
  }
  const ok = issues.length === 0;
  return { ok, ...(ok ? { value: text } : {}), issues, rules };
}
