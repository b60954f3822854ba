import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseBirthDate } from '../../src/validation/index.js';
import { noise, RUNS } from './arbitraries.js';
import { expectStable } from './invariants.js';

const TODAY = '2025-06-01';
const parse = (input: string, options = {}) => parseBirthDate(input, { today: TODAY, ...options });
const codes = (input: string, options = {}) => parse(input, options).issues.map((i) => i.code);

/** An independent oracle: Date.UTC rolls 31/02 over into March, so a round trip tells real dates. */
function isReal(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return month >= 1 && month <= 12 && day >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

describe('parseBirthDate', () => {
  it('reads dd/mm/yyyy, d/m/yyyy, dashes, dots and ISO as the same ISO value', () => {
    for (const written of ['25/08/1990', '25/8/1990', '25-08-1990', '25.08.1990', '25 / 08 / 1990', '1990-08-25', '1990/08/25', '２５/０８/１９９０', '\u200F25/08/1990\u200F']) {
      expect(parse(written).value, written).to.equal('1990-08-25');
    }
    expect(parse('5/8/1990').value).to.equal('1990-08-05');
  });

  it('refuses other shapes with a format code', () => {
    for (const written of ['25/08/90', '1990', '25081990', '25/08-1990', 'Aug 25 1990', '25/08/1990 10:00', '1990-08-25T00:00:00Z']) {
      expect(codes(written), written).to.deep.equal(['date.format']);
    }
  });

  it('refuses impossible dates, leap years included', () => {
    expect(codes('31/02/1990')).to.deep.equal(['date.impossible']);
    expect(codes('31/04/1990')).to.deep.equal(['date.impossible']);
    expect(codes('00/01/1990')).to.deep.equal(['date.impossible']);
    expect(codes('01/13/1990')).to.deep.equal(['date.impossible']);
    expect(codes('29/02/1900')).to.deep.equal(['date.impossible']);
    expect(codes('29/02/2000')).to.deep.equal([]);
    expect(codes('29/02/2024')).to.deep.equal([]);
    expect(codes('29/02/2023')).to.deep.equal(['date.impossible']);
  });

  it('refuses dates after today but accepts today', () => {
    expect(codes('02/06/2025')).to.deep.equal(['date.future']);
    expect(codes('01/06/2025')).to.deep.equal([]);
  });

  it('refuses years before 1900 (configurable)', () => {
    expect(parse('31/12/1899').issues).to.deep.equal([{ code: 'date.too_old', severity: 'error', params: { minYear: 1900 } }]);
    expect(codes('31/12/1899', { minYear: 1850 })).to.deep.equal([]);
  });

  describe('with a minimum age', () => {
    it('counts completed years: 14 on the fourteenth birthday, not the day before', () => {
      expect(codes('01/06/2011', { minAgeYears: 14 })).to.deep.equal([]);
      expect(parse('02/06/2011', { minAgeYears: 14 }).issues).to.deep.equal([
        { code: 'date.too_young', severity: 'error', params: { minAgeYears: 14 } },
      ]);
    });

    it('lets someone born on 29 February come of age on 1 March in a common year', () => {
      expect(codes('29/02/2008', { minAgeYears: 17, today: '2025-02-28' })).to.deep.equal(['date.too_young']);
      expect(codes('29/02/2008', { minAgeYears: 17, today: '2025-03-01' })).to.deep.equal([]);
    });
  });

  it('uses the local calendar date when no today is given', () => {
    const now = new Date();
    const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
    expect(parseBirthDate(`${now.getDate()}/${now.getMonth() + 1}/${now.getFullYear()}`).ok).to.equal(true);
    expect(parseBirthDate(`${tomorrow.getDate()}/${tomorrow.getMonth() + 1}/${tomorrow.getFullYear()}`).issues[0]!.code).to.equal('date.future');
  });

  it('throws on a malformed today option, a programming error rather than input', () => {
    expect(() => parseBirthDate('01/01/2000', { today: '01/06/2025' })).to.throw(RangeError);
  });

  it('reports required for empty input', () => {
    expect(codes('')).to.deep.equal(['required']);
  });

  describe('properties', () => {
    const parts = fc.tuple(fc.integer({ min: 1850, max: 2030 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }));

    it('accepts exactly the real dates from 1900 to today, in every written form, as ISO', () => {
      fc.assert(
        fc.property(
          parts,
          fc.constantFrom('dmy/', 'dmy-', 'dmy.', 'padded', 'iso'),
          noise,
          ([year, month, day], form, extra) => {
            const written =
              form === 'iso'
                ? `${year}-${pad(month)}-${pad(day)}`
                : form === 'padded'
                  ? `${pad(day)}/${pad(month)}/${year}`
                  : `${day}${form[3]}${month}${form[3]}${year}`;
            const result = parse(extra + written);
            const iso = `${year}-${pad(month)}-${pad(day)}`;
            const expected = isReal(year, month, day) && year >= 1900 && iso <= TODAY;
            expect(result.ok, written).to.equal(expected);
            if (expected) expect(result.value).to.equal(iso);
            expectStable(parse, written);
          },
        ),
        { numRuns: RUNS },
      );
    });
  });
});
