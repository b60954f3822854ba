/**
 * Full names (identifiers.md, "Names"): Unicode NFC, letters of Vietnamese and A–Z, spaces,
 * hyphen and apostrophe (as in Ê Đê names such as "H'Hen Niê"), runs of spaces collapsed.
 */
import { asString, cleanText, isBlank, isOverlong } from './input.js';
import { error, result, type ParseResult } from './result.js';

export interface NameOptions {
  /** Maximum length in characters after normalization. Default 100. */
  readonly maxLength?: number;
}

/**
 * 100 characters holds the longest real Vietnamese names (four or five words) with a wide margin;
 * an integrator with a stricter backend column can lower it.
 */
export const DEFAULT_NAME_MAX_LENGTH = 100;

// The 12 vowel letters of Vietnamese, each with no tone or one of the five tones (grave, acute,
// tilde, hook above, dot below), composed: 144 letters with both cases. Built rather than listed,
// so the set is exact by construction.
const VOWELS = 'aăâeêioôơuưy';
const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const LETTERS: ReadonlySet<string> = new Set([
  ...'abcdefghijklmnopqrstuvwxyzđABCDEFGHIJKLMNOPQRSTUVWXYZĐ',
  ...[...VOWELS].flatMap((vowel) =>
    TONES.flatMap((tone) => [(vowel + tone).normalize('NFC'), (vowel.toUpperCase() + tone).normalize('NFC')]),
  ),
]);

/**
 * Phones type a typographic apostrophe (’) and some keyboards a modifier letter apostrophe (ʼ) or
 * a non-breaking hyphen; they mean the ASCII ones, and the backend compares names as text.
 */
function unifyPunctuation(text: string): string {
  return text.replace(/[\u2018\u2019\u02BC]/g, "'").replace(/[\u2010\u2011]/g, '-');
}

function collapseSpaces(text: string): string {
  return text.replace(/ +/g, ' ').trim();
}

/** A character as it can be shown in a message: a lone combining mark gets a dotted circle. */
function visible(char: string): string {
  return /^\p{M}$/u.test(char) ? `\u25CC${char}` : char;
}

export function parseName(input: string, options: NameOptions = {}): ParseResult {
  const raw = asString(input);
  const max = options.maxLength ?? DEFAULT_NAME_MAX_LENGTH;
  if (isOverlong(raw)) return result(undefined, [error('name.too_long', { max })]);
  const text = collapseSpaces(unifyPunctuation(cleanText(raw).normalize('NFC')));
  if (isBlank(text)) return result(undefined, [error('required')]);

  const chars = [...text];
  const invalid = new Set<string>();
  for (const char of chars) {
    if (!LETTERS.has(char) && char !== ' ' && char !== '-' && char !== "'") invalid.add(visible(char));
  }
  if (invalid.size > 0) {
    // A handful is enough to show what to remove; a pasted paragraph would make an unreadable message.
    return result(undefined, [error('name.invalid_chars', { chars: [...invalid].slice(0, 5).join(' ') })]);
  }
  if (!chars.some((char) => LETTERS.has(char))) return result(undefined, [error('name.no_letters')]);
  if (chars.length > max) return result(undefined, [error('name.too_long', { max })]);
  return result(text, []);
}

/**
 * A name as a certificate's holder name is often written: upper-case without diacritics.
 * NFD, drop combining marks, map Đ/đ explicitly (they do not decompose), upper-case, collapse
 * spaces. `foldName('Nguyễn Thị Hương Đào') === 'NGUYEN THI HUONG DAO'`.
 */
export function foldName(input: string): string {
  const stripMarks = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[Đđ]/g, 'D');
  // Marks are dropped again after upper-casing, and apostrophes unified after it: a few letters
  // upper-case into a mark or an apostrophe ("ǰ" → "J̌", "ŉ" → "ʼN"), and a fold must be final.
  return collapseSpaces(unifyPunctuation(stripMarks(stripMarks(cleanText(asString(input))).toUpperCase())));
}
