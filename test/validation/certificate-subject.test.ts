import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CERTIFICATE_SUBJECT_PREFIXES, parseCertificateSubjectId, parseMst } from '../../src/validation/index.js';
import { digitString, RUNS } from './arbitraries.js';

const codes = (input: string) => parseCertificateSubjectId(input).issues.map((i) => i.code);

describe('parseCertificateSubjectId', () => {
  describe('vectors', () => {
    const valid: [string, Record<string, unknown>][] = [
      ['MST:0100233488', { kind: 'tax-code', prefix: 'MST', value: '0100233488', holder: 'organization', confirmed: true }],
      // A branch, as VNPT-CA writes it: MST:<10 digits>-<3 digits>.
      ['MST:0314409058-002', { kind: 'tax-code', value: '0314409058-002' }],
      ['UID=MST:0100112437', { kind: 'tax-code', value: '0100112437' }],
      ['CN=CÔNG TY TNHH A, UID=MST:8037630690, O=CÔNG TY TNHH A, C=VN', { kind: 'tax-code', value: '8037630690' }],
      ['0.9.2342.19200300.100.1.1=MST:0100233488', { kind: 'tax-code', value: '0100233488' }],
      ['mst : 0100233488', { kind: 'tax-code', value: '0100233488' }],
      // Since 1 July 2025 a person's tax code is their ID number.
      ['MST:001099012345', { kind: 'tax-code', value: '001099012345', holder: 'organization' }],
      ['CCCD:001099012345', { kind: 'cccd', prefix: 'CCCD', value: '001099012345', holder: 'person', confirmed: false }],
      ['CN=NGUYEN VAN AN, UID=CCCD: 079301000001', { kind: 'cccd', value: '079301000001' }],
      ['CMND:123456789', { kind: 'cmnd', value: '123456789', holder: 'person', confirmed: false }],
      ['CMND:001099012345', { kind: 'cmnd', value: '001099012345' }],
      ['HC:C1234567', { kind: 'passport', value: 'C1234567', holder: 'person', confirmed: false }],
      ['MNS:1012345', { kind: 'budget-code', value: '1012345', holder: 'organization', confirmed: false }],
    ];
    for (const [input, expected] of valid) {
      it(`reads ${input}`, () => {
        const r = parseCertificateSubjectId(input);
        expect(r.ok, JSON.stringify(r.issues)).to.equal(true);
        expect(r).to.deep.include(expected);
      });
    }

    it('prefers the organisation identifier when a subject carries the company and the person', () => {
      const r = parseCertificateSubjectId('CN=TRAN THI B, UID=CCCD:079301000001, UID=MST:0100233488');
      expect(r).to.deep.include({ kind: 'tax-code', value: '0100233488' });
      expect(r.found?.map((f) => f.value)).to.deep.equal(['079301000001', '0100233488']);
    });

    it('checks the tax code with parseMst: a wrong check digit or branch 000 is an error', () => {
      expect(codes('MST:0100233480')).to.deep.equal(['mst.checksum']);
      expect(codes('UID=MST:0314409058-000')).to.deep.equal(['mst.branch_zero']);
      expect(parseCertificateSubjectId('MST:0100233480').ok).to.equal(false);
    });

    it('checks personal numbers with parseCccd', () => {
      expect(codes('CCCD:00109901234')).to.deep.equal(['cccd.length']);
      expect(codes('CCCD:123456789')).to.deep.equal(['cccd.cmnd_not_allowed']);
      // No province 003: still the holder's number, with the CCCD's warning.
      const r = parseCertificateSubjectId('CCCD:003099012345');
      expect(r.ok).to.equal(true);
      expect(codes('CCCD:003099012345')).to.deep.equal(['cccd.province_unknown']);
    });

    it('warns on a budget-unit code of an unusual length and rejects letters in it', () => {
      const r = parseCertificateSubjectId('MNS:123456');
      expect(r).to.deep.include({ ok: true, value: '123456' });
      expect(r.issues).to.deep.equal([{ code: 'certificate.budget_code_format', severity: 'warning', params: { count: 6 } }]);
      expect(codes('MNS:12A4567')).to.deep.equal(['certificate.budget_code_format']);
    });

    it('rejects a passport number of the wrong shape', () => {
      expect(codes('HC:C12')).to.deep.equal(['certificate.passport_format']);
    });

    it('finds nothing without a known prefix, or where the prefix is part of another word', () => {
      expect(codes('CN=NGUYEN VAN AN, O=VNPT')).to.deep.equal(['certificate.no_identifier']);
      expect(codes('XHC:C1234567')).to.deep.equal(['certificate.no_identifier']);
      expect(codes('0100233488')).to.deep.equal(['certificate.no_identifier']);
      expect(codes('')).to.deep.equal(['required']);
      expect(codes('MST:')).to.deep.equal(['required']);
    });

    it('never throws on hostile input', () => {
      for (const input of [undefined, 42, 'MST:'.repeat(300), 'x'.repeat(5000), '\uD800MST:0100233488'] as unknown as string[]) {
        expect(() => parseCertificateSubjectId(input)).to.not.throw();
      }
    });

    it('marks only MST as confirmed by public sources', () => {
      const confirmed = Object.entries(CERTIFICATE_SUBJECT_PREFIXES).filter(([, p]) => p.confirmed).map(([k]) => k);
      expect(confirmed).to.deep.equal(['MST']);
    });
  });

  it('agrees with parseMst on every ten-digit code behind MST:', () => {
    fc.assert(
      fc.property(digitString(10), (digits) => {
        const direct = parseMst(digits);
        const viaCertificate = parseCertificateSubjectId(`UID=MST:${digits}`);
        expect(viaCertificate.ok).to.equal(direct.ok);
        expect(viaCertificate.value).to.equal(direct.value);
      }),
      { numRuns: RUNS },
    );
  });
});
