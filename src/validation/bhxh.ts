/**
 * Social-insurance code (mã số BHXH): the legacy 10 digits (2-digit province + 8, no public
 * checksum), or, from 1 August 2025, the 12-digit personal identification number that replaces it
 * (identifiers.md). Both are accepted.
 */
import { decodeCccd, structuralWarnings } from './cccd.js';
import { asString, cleanDigitsText, digitsWithSeparators, isBlank, isOverlong } from './input.js';
import { error, result, type ParseResult } from './result.js';

export interface BhxhOptions {
  /** ISO `yyyy-mm-dd`, for deterministic tests of the 12-digit form; defaults to the local date. */
  readonly today?: string;
}

export interface BhxhResult extends ParseResult {
  readonly kind?: 'legacy' | 'personal-id';
}

const SEPARATORS = /[ .\-]/g;

export function parseBhxh(input: string, options: BhxhOptions = {}): BhxhResult {
  const raw = asString(input);
  if (isOverlong(raw)) return result(undefined, [error('bhxh.length')]);
  const text = cleanDigitsText(raw);
  if (isBlank(text)) return result(undefined, [error('required')]);

  const digits = digitsWithSeparators(text.trim(), SEPARATORS);
  if (digits === undefined) return result(undefined, [error('bhxh.not_digits')]);
  if (digits.length === 10) return result(digits, [], { kind: 'legacy' as const });
  // The 12-digit form is a personal identification number: same structural warnings as a CCCD.
  if (digits.length === 12) return result(digits, structuralWarnings(decodeCccd(digits), options.today), { kind: 'personal-id' as const });
  return result(undefined, [error('bhxh.length', { count: digits.length })]);
}
