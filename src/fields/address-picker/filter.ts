/**
 * Finding an administrative unit by what a person types, with or without Vietnamese diacritics.
 * DOM-free and msg-free: the unit-type words below are part of the data's vocabulary (they begin
 * the official names), not interface text.
 *
 * The index is built once per list; a keystroke only compares short folded strings, so a list of
 * all 3,321 communes filters in well under a frame even on a slow phone
 * (test/bench/address-filter.bench.mjs).
 */

export type UnitType = 'province' | 'city' | 'ward' | 'commune' | 'special_zone';

export interface Unit {
  readonly code: string;
  readonly name: string;
  /** Absent for a type this widget does not know yet (src/api/response-checks.ts keeps such units). */
  readonly type?: UnitType;
}

/** The Vietnamese word(s) an official name starts with for each type ("Thành phố Hà Nội", "Xã A Lưới 2"). */
export const TYPE_WORDS: Readonly<Record<UnitType, string>> = {
  province: 'Tỉnh',
  city: 'Thành phố',
  ward: 'Phường',
  commune: 'Xã',
  special_zone: 'Đặc khu',
};

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Folds text for comparison: no diacritics (NFD, combining marks dropped, đ→d), lower case,
 * punctuation to single spaces, none at either end. Both spellings of a tone mark ("Hòa"/"Hoà")
 * fold alike. Apostrophes join ("Ea H’Leo" is typed "hleo" or "h'leo"); anything else that is not
 * a letter or a digit separates words ("Chân Mây - Lăng Cô").
 *
 * One pass over the characters rather than a chain of regular expressions (about twice as fast):
 * indexing a list folds every name in it, and that is what a slow phone spends its time on.
 */
export function fold(text: string): string {
  const s = text.normalize('NFD').toLowerCase();
  let out = '';
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let keep: string;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) keep = s[i]!;
    else if (c >= 0x300 && c <= 0x36f) continue; // a combining mark: tone, circumflex, breve, horn
    // đ; and ð, the Icelandic letter that old data and fonts put in its place.
    else if (c === 0x111 || c === 0xf0) keep = 'd';
    else if (c === 0x27 || c === 0x2019 || c === 0x2bc || c === 0x60 || c === 0xb4) continue; // apostrophes
    else if (c > 0x7f && LETTER_OR_DIGIT.test(s[i]!)) keep = s[i]!;
    else {
      gap = true;
      continue;
    }
    if (gap && out !== '') out += ' ';
    gap = false;
    out += keep;
  }
  return out;
}

const FOLDED_TYPE_WORDS = Object.fromEntries(
  Object.entries(TYPE_WORDS).map(([type, words]) => [type, fold(words)]),
) as Record<UnitType, string>;
const TYPE_WORD_COUNT = Object.fromEntries(
  Object.entries(FOLDED_TYPE_WORDS).map(([type, words]) => [type, words.split(' ').length]),
) as Record<UnitType, number>;

/** Whether the official name already says its type, so a badge would only repeat it. */
export function startsWithType(unit: Unit): boolean {
  return !unit.type || startsWithWords(fold(unit.name), FOLDED_TYPE_WORDS[unit.type]);
}

function startsWithWords(text: string, prefix: string): boolean {
  return text === prefix || text.startsWith(`${prefix} `);
}

interface Entry<T extends Unit> {
  readonly unit: T;
  /** Folded words: the type word(s), then the name's own, so "tinh cao bang" finds "Cao Bằng". */
  readonly words: readonly string[];
  /** The folded name without its type: "ba dinh" for "Phường Ba Đình". */
  readonly bare: string;
  /** The type word(s) folded, to strip them from a query that starts with them. */
  readonly typeFolded: string;
  /** The words without spaces ("thanhphohanoi"), for queries typed without them ("hanoi"). */
  readonly compact: string;
  /** Where each word starts in `compact`. */
  readonly wordStarts: readonly number[];
  /** Where the bare name starts in `compact`. */
  readonly bareStart: number;
}

export interface UnitIndex<T extends Unit = Unit> {
  readonly entries: readonly Entry<T>[];
}

export interface FilterResult<T extends Unit = Unit> {
  /** Matching units, best first, at most `limit` of them. */
  readonly units: readonly T[];
  /** How many units match in all (more than `units.length` when the limit cut the list). */
  readonly total: number;
}

/** Folds every name once; filterUnits() then works on the folded forms only. */
export function indexUnits<T extends Unit>(units: readonly T[]): UnitIndex<T> {
  const entries: Entry<T>[] = new Array(units.length);
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    const full = fold(unit.name);
    // A unit without a type has no type words to add or strip.
    const typeFolded = unit.type ? FOLDED_TYPE_WORDS[unit.type] : '';
    const typeWords = unit.type ? TYPE_WORD_COUNT[unit.type] : 0;
    const hasType = typeFolded !== '' && startsWithWords(full, typeFolded);
    const words = (hasType || !typeFolded ? full : `${typeFolded} ${full}`).split(' ');
    const wordStarts: number[] = new Array(words.length);
    let compact = '';
    for (let w = 0; w < words.length; w++) {
      wordStarts[w] = compact.length;
      compact += words[w];
    }
    const bare = hasType ? full.slice(typeFolded.length + 1) : full;
    entries[i] = { unit, words, bare, typeFolded, compact, wordStarts, bareStart: wordStarts[typeWords] ?? compact.length };
  }
  return { entries };
}

/**
 * The units whose name matches the query: every query word is the start of a different word of
 * the name (its type word included), in any order; or the query typed without spaces starts at a
 * word of the name. Units whose name without its type starts with the query come first; within
 * each group the list's own order is kept. An empty query matches everything in list order.
 */
export function filterUnits<T extends Unit>(index: UnitIndex<T>, query: string, limit = Infinity): FilterResult<T> {
  const q = fold(query);
  if (q === '') {
    const units = index.entries.slice(0, limit).map((e) => e.unit);
    return { units, total: index.entries.length };
  }
  const queryWords = q.split(' ');
  const compact = queryWords.join('');
  const first: T[] = [];
  const rest: T[] = [];
  for (const entry of index.entries) {
    if (!matches(entry, queryWords, compact)) continue;
    (startsBare(entry, q, compact) ? first : rest).push(entry.unit);
  }
  const total = first.length + rest.length;
  const units = first.length >= limit ? first.slice(0, limit) : first.concat(rest.slice(0, limit - first.length));
  return { units, total };
}

function matches(entry: Entry<Unit>, queryWords: readonly string[], compact: string): boolean {
  if (coversWords(entry.words, queryWords)) return true;
  // Without spaces ("hanoi", "badinh"): only worth trying when the query is one run of letters.
  if (queryWords.length === 1) return entry.wordStarts.some((start) => entry.compact.startsWith(compact, start));
  return false;
}

/** Each query word starts a distinct word of the name (a small search: names have few words). */
function coversWords(words: readonly string[], queryWords: readonly string[]): boolean {
  const used = new Array<boolean>(words.length).fill(false);
  const assign = (i: number): boolean => {
    if (i === queryWords.length) return true;
    const q = queryWords[i]!;
    for (let w = 0; w < words.length; w++) {
      if (used[w] || !words[w]!.startsWith(q)) continue;
      used[w] = true;
      if (assign(i + 1)) return true;
      used[w] = false;
    }
    return false;
  };
  return assign(0);
}

/** The name without its type starts with the query, or with what follows the type in the query ("phuong ba" for "Phường Ba Đình"). */
function startsBare(entry: Entry<Unit>, q: string, compact: string): boolean {
  if (entry.bare.startsWith(q) || entry.compact.startsWith(compact, entry.bareStart)) return true;
  if (startsWithWords(q, entry.typeFolded)) {
    const rest = q.slice(entry.typeFolded.length).trim();
    return rest !== '' && entry.bare.startsWith(rest);
  }
  return false;
}

/**
 * The one unit whose name (with or without its type) is exactly what was typed, folded; undefined
 * when none or several are.
 */
export function exactMatch<T extends Unit>(index: UnitIndex<T>, query: string): T | undefined {
  const q = fold(query);
  if (q === '') return undefined;
  let found: T | undefined;
  for (const entry of index.entries) {
    // The folded full name is the bare one with or without the type word(s) before it.
    if (entry.bare !== q && `${entry.typeFolded} ${entry.bare}` !== q) continue;
    if (found) return undefined;
    found = entry.unit;
  }
  return found;
}
