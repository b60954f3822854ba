/**
 * Inputs for the validation property tests: what people type and paste, plus the worst a script
 * can send. Shared by the per-parser test files; not a test file itself.
 */
import fc from 'fast-check';

export const RUNS = 10_000;

const FULL_WIDTH_DIGITS = [...'０１２３４５６７８９'];
export const INVISIBLES = ['\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\uFEFF', '\u202A', '\u202C', '\u2066', '\u2069', '\u00AD'];
const ODD_SPACES = ['\u00A0', '\u202F', '\u3000', '\t'];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit));

/** One "unit" of a hostile string. */
const nastyUnit = fc.oneof(
  fc.constantFrom(...'0123456789'),
  fc.constantFrom(...FULL_WIDTH_DIGITS),
  fc.constantFrom(...' .-+()/\'', ...ODD_SPACES, ...INVISIBLES),
  fc.constantFrom(...'aăâđêôơưyAĐỹẠỆỳ', 'e\u0302\u0303', '\u0301', 'Ω', 'ß', 'ﬁ', '①', '²', '٣'),
  fc.constantFrom('😀', '👨‍👩‍👧', '🇻🇳', '\u{1F3FD}', '\uFE0F', '\u0627\u0644', '\u05D0'),
  loneSurrogate,
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);

/** Short strings mixing digits, separators, invisible characters, emoji, RTL text and lone surrogates. */
export const nastyString = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: nastyUnit, maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
);

/** Very long strings (up to 10,000 characters): run fewer times, they exist to catch slow paths. */
export const hugeString = fc
  .tuple(fc.string({ unit: nastyUnit, minLength: 1, maxLength: 20 }), fc.integer({ min: 100, max: 10_000 }))
  .map(([chunk, length]) => chunk.repeat(Math.ceil(length / chunk.length)).slice(0, length));

/** Something pasted around or inside an otherwise good value: invisible marks, odd spaces. */
export const noise = fc.constantFrom('', '', '', ' ', ...INVISIBLES, ...ODD_SPACES);

/** A digit string written the way people write it: random separators, noise, full-width digits. */
export function writtenDigits(digits: string, separators: readonly string[] = [' ', '.', '-']): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.array(fc.constantFrom('', '', '', ...separators), { minLength: digits.length, maxLength: digits.length }),
      fc.array(noise, { minLength: digits.length + 1, maxLength: digits.length + 1 }),
      fc.boolean(),
    )
    .map(([seps, noises, fullWidth]) => {
      let out = noises[0]!;
      for (let i = 0; i < digits.length; i++) {
        const digit = fullWidth ? FULL_WIDTH_DIGITS[Number(digits[i])]! : digits[i]!;
        out += digit + noises[i + 1]! + (i < digits.length - 1 ? seps[i]! : '');
      }
      return out;
    });
}

export function digitString(minLength: number, maxLength = minLength): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...'0123456789'), minLength, maxLength });
}
