import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import metadata from 'libphonenumber-js/max/metadata';
import { parsePhone, VN_FIXED_LINE_PATTERN, VN_MOBILE_PATTERN } from '../../src/validation/index.js';
import { digitString, noise, RUNS } from './arbitraries.js';
import { expectStable } from './invariants.js';

const codes = (input: string) => parsePhone(input).issues.map((i) => i.code);

/** libphonenumber's verdict for a Vietnamese national significant number: the oracle. */
function oracle(nsn: string): { mobile: boolean; fixedLine: boolean; e164: string } {
  const parsed = parsePhoneNumberFromString(`+84${nsn}`);
  const type = parsed?.isValid() ? parsed.getType() : undefined;
  return { mobile: type === 'MOBILE', fixedLine: type === 'FIXED_LINE', e164: parsed?.number ?? '' };
}

/**
 * National numbers that hit the interesting prefixes often: two leading digits from every pair,
 * three from the mobile pattern's alternatives, lengths around the valid ones.
 */
const nationalNumber = fc.oneof(
  fc.tuple(fc.integer({ min: 10, max: 99 }), digitString(7)).map(([head, tail]) => `${head}${tail}`),
  fc.tuple(fc.constantFrom('121', '140', '160', '150', '552', '559', '896', '899', '990', '992', '999'), digitString(6)).map(([h, t]) => h + t),
  fc.tuple(fc.integer({ min: 200, max: 299 }), digitString(7)).map(([head, tail]) => `${head}${tail}`),
  // A national significant number never starts with 0: that is the trunk prefix.
  fc.tuple(fc.integer({ min: 1, max: 9 }), digitString(6, 10)).map(([head, tail]) => `${head}${tail}`),
);

/** The ways one national number is written. */
function writtenForms(nsn: string): fc.Arbitrary<string> {
  const grouped = fc
    .array(fc.constantFrom('', '', ' ', '.', '-'), { minLength: nsn.length, maxLength: nsn.length })
    .map((seps) => [...nsn].map((d, i) => d + (i < nsn.length - 1 ? seps[i] : '')).join(''));
  return fc
    .tuple(
      // "84" without "+" and the bare number are only unambiguous at the lengths people write them:
      // "840000000" is itself a valid 9-digit national number.
      fc.constantFrom(
        '0',
        '+84',
        '+84 ',
        '(+84) ',
        '+84 (0) ',
        '0084',
        '0084 ',
        ...(nsn.length === 9 || nsn.length === 10 ? ['84', '84 '] : []),
        ...(nsn.length === 9 ? [''] : []),
      ),
      grouped,
      noise,
      noise,
    )
    .map(([prefix, body, before, after]) => before + prefix + body + after);
}

describe('parsePhone', () => {
  describe('the written forms of one number', () => {
    for (const written of [
      '0912345678',
      '0912 345 678',
      '091.234.5678',
      '0912-345-678',
      '+84912345678',
      '+84 912 345 678',
      '(+84) 912.345.678',
      '+84 (0) 912 345 678',
      '+840912345678',
      '0084912345678',
      '0084 912 345 678',
      '84912345678',
      '84 912 345 678',
      '912 345 678',
      '０９１２３４５６７８',
      '＋８４ ９１２ ３４５ ６７８',
      '\u202A0912\u00A0345\u00A0678\u202C',
    ]) {
      it(`reads ${JSON.stringify(written)} as +84912345678`, () => {
        expect(parsePhone(written)).to.deep.include({ ok: true, value: '+84912345678' });
      });
    }
  });

  describe('what it refuses', () => {
    it('calls a landline a landline', () => {
      expect(codes('028 3829 1234')).to.deep.equal(['phone.not_mobile']);
      expect(codes('+84 24 3825 1234')).to.deep.equal(['phone.not_mobile']);
    });

    it('asks for a Vietnamese number when another country code is given', () => {
      expect(codes('+1 415 555 2671')).to.deep.equal(['phone.foreign']);
      expect(codes('0044 20 7946 0958')).to.deep.equal(['phone.foreign']);
    });

    it('rejects letters and stray plus signs', () => {
      expect(codes('0912 345 67O')).to.deep.equal(['phone.invalid_chars']);
      expect(codes('09+12345678')).to.deep.equal(['phone.invalid_chars']);
    });

    it('rejects numbers with too few or too many digits', () => {
      expect(codes('091234567')).to.deep.equal(['phone.length']);
      expect(codes('09123456789')).to.deep.equal(['phone.length']);
      expect(codes('+84')).to.deep.equal(['phone.length']);
    });

    it('rejects the old 11-digit mobile numbers retired in 2018', () => {
      expect(parsePhone('0121 012 3456').ok).to.equal(false);
    });

    it('rejects 9-digit national numbers outside the mobile ranges', () => {
      expect(codes('0412345678')).to.deep.equal(['phone.invalid']);
      expect(codes('0612345678')).to.deep.equal(['phone.invalid']);
    });

    it('reports required for empty input', () => {
      expect(codes(' \u200B ')).to.deep.equal(['required']);
    });
  });

  describe('tracking libphonenumber', () => {
    it('carries the very patterns of the installed libphonenumber-js metadata', () => {
      // metadata.max.json keeps types as [pattern, lengths] at fixed positions: 0 fixed line, 1 mobile.
      const vn = (metadata as unknown as { countries: Record<string, unknown[]> }).countries['VN']!;
      const types = vn[11] as [string, number[]][];
      expect(VN_FIXED_LINE_PATTERN, 'fixed-line pattern: copy it from libphonenumber-js').to.equal(types[0]![0]);
      expect(VN_MOBILE_PATTERN, 'mobile pattern: copy it from libphonenumber-js').to.equal(types[1]![0]);
    });

    it('agrees with libphonenumber on mobile validity for generated Vietnamese numbers in every written form', () => {
      fc.assert(
        fc.property(
          nationalNumber.chain((nsn) => fc.tuple(fc.constant(nsn), writtenForms(nsn))),
          ([nsn, written]) => {
            const truth = oracle(nsn);
            const result = parsePhone(written);
            expect(result.ok, `${written} (${nsn})`).to.equal(truth.mobile);
            if (result.ok) expect(result.value).to.equal(truth.e164);
            expect(result.issues.some((i) => i.code === 'phone.not_mobile'), `${written} landline`).to.equal(truth.fixedLine);
            expectStable(parsePhone, written);
          },
        ),
        { numRuns: RUNS },
      );
    });

    it('agrees with libphonenumber reading the national 0… form itself', () => {
      fc.assert(
        fc.property(nationalNumber, (nsn) => {
          const lib = parsePhoneNumberFromString(`0${nsn}`, 'VN');
          const libMobile = lib?.isValid() === true && lib.getType() === 'MOBILE';
          expect(parsePhone(`0${nsn}`).ok, nsn).to.equal(libMobile);
        }),
        { numRuns: RUNS },
      );
    });
  });
});
