import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { mstCheckDigit, parseMst } from '../../src/validation/index.js';
import { digitString, RUNS, writtenDigits } from './arbitraries.js';
import { expectStable } from './invariants.js';

const codes = (input: string, options = {}) => parseMst(input, options).issues.map((i) => i.code);

/**
 * An independent reading of identifiers.md's rule, written differently on purpose (weights
 * reversed, remainder by subtraction): N10 = 10 − (S mod 11), where r = 1 gives 9, r = 10 gives 0,
 * and r = 0 has no valid digit. Plus the other rejects: province 00, N3…N9 all zero, branch 000.
 */
function oracleValid(digits: string): boolean {
  const weights = [3, 5, 7, 13, 17, 19, 23, 29, 31];
  let sum = 0;
  for (let k = 0; k < 9; k++) sum += Number(digits[8 - k]) * weights[k]!;
  let r = sum;
  while (r >= 11) r -= 11;
  if (r === 0) return false;
  if (Number(digits[9]) !== 10 - r) return false;
  if (digits.slice(0, 2) === '00') return false;
  if (/^0{7}$/.test(digits.slice(2, 9))) return false;
  if (digits.length === 13 && digits.slice(10) === '000') return false;
  return true;
}

describe('parseMst', () => {
  describe('the public examples (identifiers.md)', () => {
    for (const valid of ['0100233488', '0100112437', '0314409058-002', '8037630690']) {
      it(`accepts ${valid}`, () => {
        expect(parseMst(valid)).to.deep.include({ ok: true, value: valid });
      });
    }

    it('rejects 0100233480 for its check digit', () => {
      expect(codes('0100233480')).to.deep.equal(['mst.checksum']);
    });

    it('rejects 0314409058-000 for its branch', () => {
      expect(codes('0314409058-000')).to.deep.equal(['mst.branch_zero']);
    });
  });

  describe('the check digit', () => {
    it('maps r = 1 to 9 and r = 10 to 0', () => {
      // 010023348: S = 31·0+29·1+23·0+19·0+17·2+13·3+7·3+5·4+3·8 = 167, r = 2, N10 = 8.
      expect(mstCheckDigit('010023348')).to.equal(8);
      fc.assert(
        fc.property(digitString(9), (nine) => {
          const check = mstCheckDigit(nine);
          const r = [...nine].reduce((s, d, i) => s + Number(d) * [31, 29, 23, 19, 17, 13, 7, 5, 3][i]!, 0) % 11;
          expect(check).to.equal(r === 0 ? undefined : r === 1 ? 9 : r === 10 ? 0 : 10 - r);
        }),
        { numRuns: 2_000 },
      );
    });

    it('rejects every tenth digit when r = 0, where the (10 − r) % 10 shortcut would accept 0', () => {
      // The first nine-digit prefix whose weighted sum is a multiple of 11.
      let prefix = '';
      for (let n = 100000000; ; n++) {
        if (mstCheckDigit(String(n)) === undefined) {
          prefix = String(n);
          break;
        }
      }
      for (let d = 0; d <= 9; d++) expect(codes(`${prefix}${d}`), `${prefix}${d}`).to.include('mst.checksum');
    });
  });

  describe('other rejects of the spec', () => {
    it('rejects province 00 and N3…N9 all zero', () => {
      expect(codes('0012345670')).to.include('mst.province_zero');
      const tenth = mstCheckDigit('010000000');
      expect(codes(`010000000${tenth ?? 0}`)).to.include('mst.serial_zero');
    });
  });

  describe('when the code is written the way people write it', () => {
    it('tolerates dots, spaces and dashes anywhere and normalizes to 0314409058-002', () => {
      for (const written of ['0314.409.058-002', '0314 409 058 - 002', '0314409058002', ' ０３１４４０９０５８－００２ ', '0314-409-058-002']) {
        expect(parseMst(written).value, written).to.equal('0314409058-002');
      }
    });

    it('rejects letters and slashes', () => {
      expect(codes('0314409058/002')).to.deep.equal(['mst.invalid_chars']);
      expect(codes('MST0314409058')).to.deep.equal(['mst.invalid_chars']);
    });

    it('rejects other lengths and says how many digits there were', () => {
      expect(parseMst('031440905').issues).to.deep.equal([{ code: 'mst.length', severity: 'error', params: { count: 9, allowPersonalId: false } }]);
      expect(codes('0314409058-02')).to.deep.equal(['mst.length']);
    });

    it('reports required for empty input', () => {
      expect(codes(' ')).to.deep.equal(['required']);
    });
  });

  describe('a 12-digit personal identification number', () => {
    it('is refused unless the caller allows it', () => {
      expect(codes('001099012345')).to.deep.equal(['mst.personal_id_not_allowed']);
    });

    it('is the tax code when allowed, with the CCCD structural warnings', () => {
      expect(parseMst('001 099 012345', { allowPersonalId: true })).to.deep.include({ ok: true, value: '001099012345', kind: 'personal-id' });
      const unknown = parseMst('003099012345', { allowPersonalId: true, today: '2025-06-01' });
      expect(unknown.ok).to.equal(true);
      expect(unknown.issues.map((i) => `${i.severity}:${i.code}`)).to.deep.equal(['warning:cccd.province_unknown']);
    });
  });

  describe('properties', () => {
    // Half the time the tenth digit is the right one, so valid codes are common enough to matter.
    const tenDigits = fc
      .tuple(digitString(9), fc.integer({ min: 0, max: 9 }), fc.boolean())
      .map(([nine, random, useCheck]) => nine + String(useCheck ? (mstCheckDigit(nine) ?? random) : random));
    const code = fc.oneof(tenDigits, fc.tuple(tenDigits, digitString(3)).map(([main, branch]) => main + branch));

    it('agrees with an independent implementation of the weighted checksum', () => {
      fc.assert(
        fc.property(code, (digits) => {
          const result = parseMst(digits);
          expect(result.ok, digits).to.equal(oracleValid(digits));
          if (result.ok) expect(result.value).to.equal(digits.length === 13 ? `${digits.slice(0, 10)}-${digits.slice(10)}` : digits);
        }),
        { numRuns: RUNS },
      );
    });

    it('reads the same code however it is written, and its value re-parses to itself', () => {
      fc.assert(
        fc.property(
          code.chain((digits) => fc.tuple(fc.constant(digits), writtenDigits(digits))),
          ([digits, written]) => {
            expect(parseMst(written).ok).to.equal(parseMst(digits).ok);
            expectStable(parseMst, written);
          },
        ),
        { numRuns: RUNS },
      );
    });
  });
});
