/**
 * Input hygiene shared by every parser. What people paste into a form carries more than they
 * see: zero-width spaces from chat apps, bidi marks from RTL-aware editors, NBSP from web pages and
 * Word, full-width digits from CJK input methods. None of it should turn a correct number into a
 * rejected one, and no input, however strange, may make a parser throw.
 */

/**
 * Longer inputs are rejected before any other work: no identifier is near this long, and a cap
 * keeps every pattern linear in practice whatever a script pastes in.
 */
export const MAX_INPUT_LENGTH = 1000;

// Soft hyphen, Arabic letter mark, Mongolian vowel separator, zero-width space/joiners, LRM/RLM,
// bidi embeddings and isolates, word joiner and invisible operators, BOM / zero-width no-break space.
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;
// NBSP and the other Unicode spaces become a plain space, so "001 099 012345" pasted from a web
// page behaves like the typed version.
const ODD_SPACE = /[\t\n\v\f\r\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/g;
// A lone surrogate half is not a character; U+FFFD makes it an ordinary invalid character. Pairs
// match first and are kept, so what is left is a lone half. (No lookbehind: Safari < 16.4 cannot
// even parse a script that has one; see "Browser support" in the README.)
const SURROGATE_PAIR_OR_HALF = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

/** Anything a JavaScript caller might pass (a Node backend reads untyped JSON) as a string. */
export function asString(input: unknown): string {
  return typeof input === 'string' ? input : '';
}

/** Invisible characters removed, odd spaces made plain, lone surrogates replaced. */
export function cleanText(input: string): string {
  return input.replace(SURROGATE_PAIR_OR_HALF, (match) => (match.length === 2 ? match : '\uFFFD')).replace(INVISIBLE, '').replace(ODD_SPACE, ' ');
}

/**
 * For fields made of digits: cleanText, then NFKC, which folds full-width digits `０-９` and
 * full-width `＋－（）．` into their ASCII forms.
 */
export function cleanDigitsText(input: string): string {
  return cleanText(input).normalize('NFKC');
}

/** Whether the raw input is over the cap (checked before any normalization). */
export function isOverlong(input: string): boolean {
  return input.length > MAX_INPUT_LENGTH;
}

export function isBlank(text: string): boolean {
  return text.trim() === '';
}

/**
 * The digits of `text` when it holds only digits and the given separators, else undefined.
 * Separators are tolerated anywhere: people group numbers in many ways ("001 099 012345",
 * "0314.409.058").
 */
export function digitsWithSeparators(text: string, separators: RegExp): string | undefined {
  const stripped = text.replace(separators, '');
  return /^[0-9]*$/.test(stripped) ? stripped : undefined;
}
