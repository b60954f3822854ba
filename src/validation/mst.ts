/**
 * Tax code (mã số thuế, MST): `N1…N10` or `N1…N10-N11N12N13` (identifiers.md), and since
 * 1 July 2025 a person's or household business's 12-digit identification number where the caller
 * allows it.
 */
import { decodeCccd, structuralWarnings } from './cccd.js';
import { asString, cleanDigitsText, digitsWithSeparators, isBlank, isOverlong } from './input.js';
import { error, result, type ParseResult, type ValidationIssue } from './result.js';

export interface MstOptions {
  /** Also accept a 12-digit personal identification number as the tax code. */
  readonly allowPersonalId?: boolean;
  /** ISO `yyyy-mm-dd`, for deterministic tests of the 12-digit form; defaults to the local date. */
  readonly today?: string;
}

export interface MstResult extends ParseResult {
  readonly kind?: 'organization' | 'branch' | 'personal-id';
}

// Dots, spaces and dashes are tolerated anywhere: "0314.409.058-002", "0314 409 058 - 002".
// Once they are gone, 13 digits can only be 10 + a 3-digit branch.
const SEPARATORS = /[ .\-]/g;
const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/**
 * The check digit N10 for the first nine digits, or undefined when none exists.
 * S = Σ dᵢ·wᵢ, r = S mod 11, N10 = 10 − r. r = 0 would need the digit 10, so such a prefix has no
 * valid tax code at all; the common shortcut `(10 − r) % 10` wrongly turns it into 0.
 */
export function mstCheckDigit(firstNine: string): number | undefined {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(firstNine[i]) * WEIGHTS[i]!;
  const r = sum % 11;
  return r === 0 ? undefined : 10 - r;
}

export function parseMst(input: string, options: MstOptions = {}): MstResult {
  const raw = asString(input);
  const allowPersonalId = options.allowPersonalId === true;
  if (isOverlong(raw)) return result(undefined, [error('mst.length', { allowPersonalId })]);
  const text = cleanDigitsText(raw);
  if (isBlank(text)) return result(undefined, [error('required')]);

  const digits = digitsWithSeparators(text.trim(), SEPARATORS);
  if (digits === undefined) return result(undefined, [error('mst.invalid_chars')]);

  // "0314409058-02": ten digits, a dash, then a short branch. That is a mistyped branch, not a
  // personal ID number, whatever the digit count says.
  const writtenAsBranch = /^[0-9 .]*-/.test(text.trim()) && text.trim().split('-')[0]!.replace(SEPARATORS, '').length === 10;
  if (digits.length === 12 && !writtenAsBranch) {
    if (!allowPersonalId) return result(undefined, [error('mst.personal_id_not_allowed')]);
    return result(digits, structuralWarnings(decodeCccd(digits), options.today), { kind: 'personal-id' as const });
  }
  if (digits.length !== 10 && digits.length !== 13) {
    return result(undefined, [error('mst.length', { count: digits.length, allowPersonalId })]);
  }

  const main = digits.slice(0, 10);
  const branch = digits.slice(10);
  const issues: ValidationIssue[] = [];
  if (main.startsWith('00')) issues.push(error('mst.province_zero'));
  if (main.slice(2, 9) === '0000000') issues.push(error('mst.serial_zero'));
  if (mstCheckDigit(main) !== Number(main[9])) issues.push(error('mst.checksum'));
  if (branch === '000') issues.push(error('mst.branch_zero'));
  const value = branch ? `${main}-${branch}` : main;
  return result(value, issues, { kind: branch ? ('branch' as const) : ('organization' as const) });
}
