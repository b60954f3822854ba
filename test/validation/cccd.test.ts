import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { decodeCccd, parseCccd, PROVINCE_CODES } from '../../src/validation/index.js';
import { digitString, RUNS, writtenDigits } from './arbitraries.js';
import { expectStable } from './invariants.js';

const TODAY = '2025-06-01';
const codes = (input: string, options = {}) => parseCccd(input, { today: TODAY, ...options }).issues.map((i) => `${i.severity}:${i.code}`);

describe('parseCccd', () => {
  describe('the public examples (identifiers.md)', () => {
    it('accepts 001099012345: Hà Nội, male, born 1999', () => {
      const result = parseCccd('001099012345', { today: TODAY });
      expect(result.ok).to.equal(true);
      expect(result.value).to.equal('001099012345');
      expect(result.issues).to.deep.equal([]);
      expect(result.info).to.deep.equal({ kind: 'cccd', province: '001', provinceKnown: true, gender: 'male', birthYear: 1999 });
    });

    it('accepts 079301000001: Hồ Chí Minh City, female, born 2001', () => {
      const result = parseCccd('079301000001', { today: TODAY });
      expect(result.ok).to.equal(true);
      expect(result.info).to.deep.equal({ kind: 'cccd', province: '079', provinceKnown: true, gender: 'female', birthYear: 2001 });
    });

    it('warns about 003099012345 (no province 003) but does not reject it', () => {
      const result = parseCccd('003099012345', { today: TODAY });
      expect(result.ok).to.equal(true);
      expect(result.value).to.equal('003099012345');
      expect(result.issues).to.deep.equal([{ code: 'cccd.province_unknown', severity: 'warning', params: { province: '003' } }]);
    });

    it('rejects 00109901234 (11 digits) and says how many digits it has', () => {
      const result = parseCccd('00109901234');
      expect(result.ok).to.equal(false);
      expect(result.value).to.equal(undefined);
      expect(result.issues).to.deep.equal([{ code: 'cccd.length', severity: 'error', params: { count: 11, allowCmnd: false } }]);
    });
  });

  describe('when the number is written the way people write it', () => {
    it('reads spaces, dots, dashes, full-width digits and pasted invisible characters', () => {
      for (const written of ['001 099 012345', '001.099.012.345', '001-099-012345', ' 001099012345 ', '００１０９９０１２３４５', '\u200B001099012345\u200E', '001\u00A0099\u00A0012345']) {
        expect(parseCccd(written, { today: TODAY }).value, written).to.equal('001099012345');
      }
    });

    it('rejects letters and other characters as not digits', () => {
      expect(codes('00109901234O')).to.deep.equal(['error:cccd.not_digits']);
      expect(codes('001/099/012345')).to.deep.equal(['error:cccd.not_digits']);
      expect(codes('+001099012345')).to.deep.equal(['error:cccd.not_digits']);
    });

    it('reports required for empty and whitespace-only input', () => {
      for (const blank of ['', '   ', '\u200B', '\u00A0\t']) expect(codes(blank), JSON.stringify(blank)).to.deep.equal(['error:required']);
    });

    it('rejects absurdly long input by length without reading it', () => {
      expect(codes('1'.repeat(5000))).to.deep.equal(['error:cccd.length']);
    });
  });

  describe('the old 9-digit CMND', () => {
    it('is refused with its own code when the method does not allow it', () => {
      expect(codes('123456789')).to.deep.equal(['error:cccd.cmnd_not_allowed']);
    });

    it('is accepted as its 9 digits when allowed', () => {
      const result = parseCccd('123 456 789', { allowCmnd: true });
      expect(result).to.deep.include({ ok: true, value: '123456789' });
      expect(result.info).to.deep.equal({ kind: 'cmnd' });
    });

    it('still needs 12 digits otherwise, and the message may mention the CMND', () => {
      expect(parseCccd('1234567890', { allowCmnd: true }).issues).to.deep.equal([
        { code: 'cccd.length', severity: 'error', params: { count: 10, allowCmnd: true } },
      ]);
    });
  });

  describe('when the person also typed a birth date or chose a gender', () => {
    it('warns when the birth year differs, also by a century, and still accepts the number', () => {
      expect(codes('001099012345', { birthDate: '1998-03-04' })).to.deep.equal(['warning:cccd.birth_year_mismatch']);
      const century = parseCccd('001099012345', { birthDate: '2099-01-01', today: '2100-01-01' });
      expect(century.ok).to.equal(true);
      expect(century.issues[0]).to.deep.equal({ code: 'cccd.birth_year_mismatch', severity: 'warning', params: { cardYear: 1999, enteredYear: 2099 } });
    });

    it('warns when the gender differs', () => {
      expect(parseCccd('079301000001', { gender: 'male', today: TODAY }).issues).to.deep.equal([
        { code: 'cccd.gender_mismatch', severity: 'warning', params: { cardGender: 'female' } },
      ]);
    });

    it('says nothing when both match', () => {
      expect(codes('079301000001', { birthDate: '2001-12-31', gender: 'female' })).to.deep.equal([]);
    });

    it('ignores a birth date that is not an ISO date instead of failing', () => {
      expect(codes('001099012345', { birthDate: '25/08/1998' })).to.deep.equal([]);
      expect(codes('001099012345', { birthDate: '1998-02-30' })).to.deep.equal([]);
    });
  });

  describe('the century and sex digit', () => {
    it('decodes every G from 0 to 9 as the spec says', () => {
      const expected = ['1905 male', '1905 female', '2005 male', '2005 female', '2105 male', '2105 female', '2205 male', '2205 female', '2305 male', '2305 female'];
      for (let g = 0; g <= 9; g++) {
        const decoded = decodeCccd(`001${g}05123456`);
        expect(`${decoded.birthYear} ${decoded.gender}`, `G=${g}`).to.equal(expected[g]);
      }
    });

    it('warns, without rejecting, when the decoded birth year has not come yet', () => {
      expect(parseCccd('001499012345', { today: TODAY }).issues).to.deep.equal([
        { code: 'cccd.birth_year_future', severity: 'warning', params: { birthYear: 2199 } },
      ]);
      expect(codes('001226012345')).to.deep.equal(['warning:cccd.birth_year_future']);
      expect(codes('001225012345')).to.deep.equal([]);
    });
  });

  describe('properties', () => {
    it('accepts any 12 digits however written, warns exactly for unknown provinces, and decodes G and YY', () => {
      const twelve = fc.tuple(fc.constantFrom(...PROVINCE_CODES, '000', '003', '101', '295', '999'), fc.integer({ min: 0, max: 3 }), digitString(2), digitString(6));
      fc.assert(
        fc.property(
          twelve.chain(([province, g, yy, serial]) => {
            const digits = `${province}${g}${yy}${serial}`;
            return fc.tuple(fc.constant({ digits, province, g, yy }), writtenDigits(digits));
          }),
          ([{ digits, province, g, yy }, written]) => {
            const result = parseCccd(written, { today: TODAY });
            expectStable((s) => parseCccd(s, { today: TODAY }), written);
            expect(result.ok).to.equal(true);
            expect(result.value).to.equal(digits);
            const year = (g < 2 ? 1900 : 2000) + Number(yy);
            const expected = [
              ...(PROVINCE_CODES.has(province) ? [] : ['warning:cccd.province_unknown']),
              ...(year > 2025 ? ['warning:cccd.birth_year_future'] : []),
            ];
            expect(result.issues.map((i) => `${i.severity}:${i.code}`)).to.deep.equal(expected);
            expect(result.info).to.deep.include({ gender: g % 2 === 0 ? 'male' : 'female', birthYear: year });
          },
        ),
        { numRuns: RUNS },
      );
    });

    it('accepts a digit string exactly when it has 12 digits (or 9 with CMND allowed)', () => {
      fc.assert(
        fc.property(digitString(0, 15), fc.boolean(), (digits, allowCmnd) => {
          const result = parseCccd(digits, { allowCmnd, today: TODAY });
          expect(result.ok).to.equal(digits.length === 12 || (allowCmnd && digits.length === 9));
        }),
        { numRuns: RUNS },
      );
    });
  });

  it('knows exactly the 63 province codes of the spec', () => {
    expect(PROVINCE_CODES.size).to.equal(63);
    expect([...PROVINCE_CODES].every((code) => /^0[0-9]{2}$/.test(code))).to.equal(true);
  });
});
