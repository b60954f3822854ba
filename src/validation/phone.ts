/**
 * Vietnamese mobile numbers (identifiers.md, "Mobile numbers"). Accepts `0…`, `+84…`, `0084…`,
 * `84…`, the bare 9-digit national number and `+84 (0) …`, with spaces, dots, dashes, slashes or
 * brackets; the value is E.164, `+84` and the 9-digit national significant number.
 *
 * Which national numbers are mobile follows libphonenumber, which tracks prefixes as they open.
 * libphonenumber-js is only a dev dependency (the tests' oracle): its metadata is far bigger than
 * this widget, so the two patterns below are copied from it, and a property test proves they agree.
 */
import { asString, cleanDigitsText, isBlank, isOverlong } from './input.js';
import { error, result, type ParseResult } from './result.js';

/**
 * libphonenumber-js 1.13.16, metadata.max.json → countries.VN, mobile (9 digits). When upgrading
 * libphonenumber-js, copy the new pattern here: test/validation/phone.test.ts fails until you do.
 */
export const VN_MOBILE_PATTERN =
  '121[0-3]\\d{5}|(?:1[46]0|(?:3\\d|7[06-9])\\d|5(?:[1689]\\d|2[238]|59)|8(?:[1-8]\\d|9[6-9])|9(?:[0-8]\\d|9[013-9]))\\d{6}';
/** Same source, fixed line (10 digits): recognised only to say "this is a landline". */
export const VN_FIXED_LINE_PATTERN =
  '2(?:0[3-9]|1[0-689]|2[0-25-9]|[38][2-9]|4[2-8]|5[124-9]|6[0-39]|7[0-7]|9[0-4679])\\d{7}';

const MOBILE = new RegExp(`^(?:${VN_MOBILE_PATTERN})$`);
const FIXED_LINE = new RegExp(`^(?:${VN_FIXED_LINE_PATTERN})$`);

// Written forms: "(+84) 912.345.678", "0912-345-678", "+84 (0) 912 345 678", "091 234 5678".
const SEPARATORS = /[ .\-/()]/g;

export interface PhoneResult extends ParseResult {
  /** The 9- or 10-digit national significant number, when one could be read. */
  readonly nationalNumber?: string;
}

/** The national significant number in a written Vietnamese number, or the reason there is none. */
function nationalNumberOf(text: string): { nsn: string } | { code: 'phone.invalid_chars' | 'phone.foreign' } {
  const compact = text.replace(SEPARATORS, '');
  if (!/^\+?[0-9]*$/.test(compact)) return { code: 'phone.invalid_chars' };
  const digits = compact.replace('+', '');

  let international: string | undefined;
  if (compact.startsWith('+')) international = digits;
  else if (digits.startsWith('00')) international = digits.slice(2);

  if (international !== undefined) {
    // "+", "+8": too short to tell a country yet.
    if ('84'.startsWith(international)) return { nsn: '' };
    if (!international.startsWith('84')) return { code: 'phone.foreign' };
    // "+84 (0) 912 …": the trunk 0 written after the country code is dropped, as dialling does.
    const rest = international.slice(2);
    return { nsn: rest.startsWith('0') ? rest.slice(1) : rest };
  }
  if (digits.startsWith('0')) return { nsn: digits.slice(1) };
  // "84912345678": the country code without "+". A national number never has 11 or 12 digits
  // without its trunk 0, so this reading cannot steal a valid national number.
  if (digits.startsWith('84') && (digits.length === 11 || digits.length === 12)) return { nsn: digits.slice(2) };
  // The bare national number, as typed after a "+84" shown beside the field.
  return { nsn: digits };
}

export function parsePhone(input: string): PhoneResult {
  const raw = asString(input);
  if (isOverlong(raw)) return result(undefined, [error('phone.length')]);
  const text = cleanDigitsText(raw).trim();
  if (isBlank(text)) return result(undefined, [error('required')]);

  const read = nationalNumberOf(text);
  if ('code' in read) return result(undefined, [error(read.code)]);
  const { nsn } = read;
  const extra = nsn.length === 9 || nsn.length === 10 ? { nationalNumber: nsn } : {};

  if (MOBILE.test(nsn)) return result(`+84${nsn}`, [], extra);
  if (FIXED_LINE.test(nsn)) return result(undefined, [error('phone.not_mobile')], extra);
  if (nsn.length !== 9) return result(undefined, [error('phone.length')], extra);
  return result(undefined, [error('phone.invalid')], extra);
}
