import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseBhxh, parseOtp } from '../../src/validation/index.js';
import { digitString, RUNS, writtenDigits } from './arbitraries.js';
import { expectStable } from './invariants.js';

describe('parseOtp', () => {
  it('reads a code pasted with spaces, dashes, full-width digits or invisible marks', () => {
    for (const written of ['123456', '123 456', ' 123 456 ', '123-456', '１２３４５６', '1\u200B2\u200B3456', '123\u00A0456']) {
      expect(parseOtp(written), written).to.deep.include({ ok: true, value: '123456' });
    }
  });

  it('says how many digits were typed when there are not six', () => {
    expect(parseOtp('12345').issues).to.deep.equal([{ code: 'otp.length', severity: 'error', params: { count: 5 } }]);
    expect(parseOtp('1234567').issues[0]!.code).to.equal('otp.length');
  });

  it('refuses letters and reports required for empty input', () => {
    expect(parseOtp('12345a').issues[0]!.code).to.equal('otp.not_digits');
    expect(parseOtp('OTP: 123456').issues[0]!.code).to.equal('otp.not_digits');
    expect(parseOtp('  ').issues[0]!.code).to.equal('required');
  });

  it('accepts exactly six digits however they are spaced (property)', () => {
    fc.assert(
      fc.property(
        digitString(1, 9).chain((digits) => fc.tuple(fc.constant(digits), writtenDigits(digits, [' ', '-']))),
        ([digits, written]) => {
          const result = parseOtp(written);
          expect(result.ok, written).to.equal(digits.length === 6);
          if (result.ok) expect(result.value).to.equal(digits);
          expectStable(parseOtp, written);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('parseBhxh', () => {
  it('accepts the legacy 10-digit code', () => {
    expect(parseBhxh('79 1234 5678')).to.deep.include({ ok: true, value: '7912345678', kind: 'legacy' });
  });

  it('accepts the 12-digit personal identification number that replaces it', () => {
    expect(parseBhxh('001099012345', { today: '2025-06-01' })).to.deep.include({ ok: true, value: '001099012345', kind: 'personal-id' });
  });

  it('warns, as for a CCCD, about an unknown province in the 12-digit form', () => {
    const result = parseBhxh('003099012345', { today: '2025-06-01' });
    expect(result.ok).to.equal(true);
    expect(result.issues.map((i) => `${i.severity}:${i.code}`)).to.deep.equal(['warning:cccd.province_unknown']);
  });

  it('refuses other lengths, letters, and empty input', () => {
    expect(parseBhxh('12345678901').issues).to.deep.equal([{ code: 'bhxh.length', severity: 'error', params: { count: 11 } }]);
    expect(parseBhxh('79A2345678').issues[0]!.code).to.equal('bhxh.not_digits');
    expect(parseBhxh('').issues[0]!.code).to.equal('required');
  });

  it('accepts a digit string exactly when it has 10 or 12 digits (property)', () => {
    fc.assert(
      fc.property(
        digitString(1, 14).chain((digits) => fc.tuple(fc.constant(digits), writtenDigits(digits))),
        ([digits, written]) => {
          const result = parseBhxh(written, { today: '2025-06-01' });
          expect(result.ok, written).to.equal(digits.length === 10 || digits.length === 12);
          if (result.ok) expect(result.value).to.equal(digits);
          expectStable((s) => parseBhxh(s, { today: '2025-06-01' }), written);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
