/**
 * CCCD / personal identification number: `PPP G YY RRRRRR` (identifiers.md). There is no check
 * digit, so only the structure is checked, and every structural doubt is a warning: cards with
 * structural errors exist and are still in use, and a wrong reject locks a real person out.
 */
import { readIsoDate, resolveToday } from './calendar.js';
import { asString, cleanDigitsText, digitsWithSeparators, isBlank, isOverlong } from './input.js';
import { isProvinceCode } from './provinces.js';
import { error, result, warning, type ParseResult, type ValidationIssue } from './result.js';

export type Gender = 'male' | 'female';

export interface CccdOptions {
  /** The date of birth the person typed, ISO `yyyy-mm-dd`; anything else is ignored. */
  readonly birthDate?: string;
  /** The gender the person chose. */
  readonly gender?: Gender;
  /** Also accept the old 9-digit CMND, where the registration method allows it. */
  readonly allowCmnd?: boolean;
  /** ISO `yyyy-mm-dd`, for deterministic tests; defaults to the local date. */
  readonly today?: string;
}

/** What a 12-digit number says about its holder. */
export interface CccdDecoded {
  readonly kind: 'cccd';
  /** `PPP`, the birth-registration province code. */
  readonly province: string;
  readonly provinceKnown: boolean;
  readonly gender: Gender;
  readonly birthYear: number;
}

export type CccdInfo = CccdDecoded | { readonly kind: 'cmnd' };

export interface CccdResult extends ParseResult {
  /** Present when the digits could be read (even with warnings). */
  readonly info?: CccdInfo;
}

// Spaces, dots and dashes between digit groups, as people copy the number from a card or a form.
const SEPARATORS = /[ .\-]/g;

/**
 * Decodes a string of exactly 12 digits. `G`: even = male, odd = female; birth year =
 * 1900 + ⌊G/2⌋·100 + YY.
 */
export function decodeCccd(digits: string): CccdDecoded {
  const g = Number(digits[3]);
  const province = digits.slice(0, 3);
  return {
    kind: 'cccd',
    province,
    provinceKnown: isProvinceCode(province),
    gender: g % 2 === 0 ? 'male' : 'female',
    birthYear: 1900 + Math.floor(g / 2) * 100 + Number(digits.slice(4, 6)),
  };
}

/** The warnings a 12-digit number earns on its own, without anything else the person typed. */
export function structuralWarnings(decoded: CccdDecoded, todayIso?: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!decoded.provinceKnown) issues.push(warning('cccd.province_unknown', { province: decoded.province }));
  // G = 4…9 decodes to the 22nd century and later, and YY can point past this year: almost
  // certainly a typo, but still only a warning, as the spec asks for every structural doubt.
  if (decoded.birthYear > resolveToday(todayIso).year) {
    issues.push(warning('cccd.birth_year_future', { birthYear: decoded.birthYear }));
  }
  return issues;
}

export function parseCccd(input: string, options: CccdOptions = {}): CccdResult {
  const raw = asString(input);
  const allowCmnd = options.allowCmnd === true;
  if (isOverlong(raw)) return result(undefined, [error('cccd.length', { allowCmnd })]);
  const text = cleanDigitsText(raw);
  if (isBlank(text)) return result(undefined, [error('required')]);

  const digits = digitsWithSeparators(text.trim(), SEPARATORS);
  if (digits === undefined) return result(undefined, [error('cccd.not_digits')]);

  if (digits.length === 9) {
    if (!allowCmnd) return result(undefined, [error('cccd.cmnd_not_allowed')]);
    // The CMND has no structure the spec asks us to check; its 9 digits are the value.
    return result(digits, [], { info: { kind: 'cmnd' } as CccdInfo });
  }
  if (digits.length !== 12) return result(undefined, [error('cccd.length', { count: digits.length, allowCmnd })]);

  const decoded = decodeCccd(digits);
  const issues = structuralWarnings(decoded, options.today);

  // Cross-checks with what the person typed elsewhere: warnings, never rejects (identifiers.md).
  const birth = typeof options.birthDate === 'string' ? readIsoDate(options.birthDate) : undefined;
  if (birth && birth.year !== decoded.birthYear) {
    issues.push(warning('cccd.birth_year_mismatch', { cardYear: decoded.birthYear, enteredYear: birth.year }));
  }
  if ((options.gender === 'male' || options.gender === 'female') && options.gender !== decoded.gender) {
    issues.push(warning('cccd.gender_mismatch', { cardGender: decoded.gender }));
  }
  return result(digits, issues, { info: decoded as CccdInfo });
}
