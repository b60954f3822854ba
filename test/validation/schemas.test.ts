import { expect } from '@open-wc/testing';
import {
  captchaSchema,
  cccdSchema,
  emailSchema,
  makePasswordFormSchema,
  makePhoneRegistrationDetailsSchema,
  mstSchema,
  otpSchema,
  phoneSchema,
  schemaFrom,
} from '../../src/validation/index.js';

const details = makePhoneRegistrationDetailsSchema({ today: '2025-06-01' });

describe('zod/mini schemas', () => {
  it('output the normalized value of each parser', () => {
    expect(cccdSchema().parse('001 099 012345')).to.equal('001099012345');
    expect(phoneSchema().parse('(+84) 912.345.678')).to.equal('+84912345678');
    expect(mstSchema().parse('0314.409.058-002')).to.equal('0314409058-002');
    expect(otpSchema().parse('123 456')).to.equal('123456');
  });

  it("report the parser's error codes as messages, with its params", () => {
    const result = cccdSchema().safeParse('00109901234');
    expect(result.success).to.equal(false);
    expect(result.error!.issues).to.have.length(1);
    expect(result.error!.issues[0]).to.deep.include({ code: 'custom', message: 'cccd.length' });
    expect((result.error!.issues[0] as { params?: object }).params).to.deep.equal({ code: 'cccd.length', count: 11, allowCmnd: false });
  });

  it('do not fail on warnings: those are for the form to show', () => {
    expect(cccdSchema({ today: '2025-06-01' }).safeParse('003099012345').success).to.equal(true);
  });

  it('report a missing or non-string value as required', () => {
    const result = phoneSchema().safeParse(undefined);
    expect(result.error!.issues[0]!.message).to.equal('required');
    expect(phoneSchema().safeParse(912345678).error!.issues[0]!.message).to.equal('required');
  });

  it('keep the captcha as typed apart from trimming (the backend compares case-insensitively)', () => {
    expect(captchaSchema().parse('  aB3x ')).to.equal('aB3x');
    expect(captchaSchema().safeParse(' ').error!.issues[0]!.message).to.equal('required');
  });

  it('treat a blank optional email as absent and check a typed one', () => {
    expect(emailSchema().parse(undefined)).to.equal(undefined);
    expect(emailSchema().parse('  ')).to.equal(undefined);
    expect(emailSchema().parse(' an@example.vn ')).to.equal('an@example.vn');
    expect(emailSchema().safeParse('an@').error!.issues[0]!.message).to.equal('email.invalid');
  });

  it('build a schema from any parser', () => {
    const tenDigits = schemaFrom((input) =>
      /^[0-9]{10}$/.test(input) ? { ok: true, value: input, issues: [] } : { ok: false, issues: [{ code: 'bhxh.length', severity: 'error' }] },
    );
    expect(tenDigits.safeParse('123').error!.issues[0]!.message).to.equal('bhxh.length');
  });

  describe('the phone registration details', () => {
    it('normalize a whole form for the backend', () => {
      expect(
        details.parse({
          idNumber: '001 099 012345',
          fullName: '  Nguyễn   Văn An ',
          birthDate: '25/08/1999',
          phone: '0912 345 678',
          email: '',
          captcha: ' aB3x ',
        }),
      ).to.deep.equal({
        idNumber: '001099012345',
        fullName: 'Nguyễn Văn An',
        birthDate: '1999-08-25',
        phone: '+84912345678',
        email: undefined,
        captcha: 'aB3x',
      });
    });

    it('report every field error at its path', () => {
      const result = details.safeParse({ idNumber: '123456789', fullName: 'An 2', birthDate: '31/02/1999', phone: '028 3829 1234', email: 'x', captcha: '' });
      const byPath = Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
      expect(byPath).to.deep.equal({
        idNumber: 'cccd.cmnd_not_allowed',
        fullName: 'name.invalid_chars',
        birthDate: 'date.impossible',
        phone: 'phone.not_mobile',
        email: 'email.invalid',
        captcha: 'required',
      });
    });

    it('take the CMND and minimum-age options', () => {
      const strict = makePhoneRegistrationDetailsSchema({ allowCmnd: true, minAgeYears: 14, today: '2025-06-01' });
      const result = strict.safeParse({ idNumber: '123456789', fullName: 'An', birthDate: '02/06/2011', phone: '0912345678', captcha: 'x' });
      expect(result.error!.issues.map((i) => i.message)).to.deep.equal(['date.too_young']);
    });
  });

  it('check that the password confirmation matches', () => {
    const form = makePasswordFormSchema();
    expect(form.safeParse({ password: 'Abcdef1!', confirmPassword: 'Abcdef1!' }).success).to.equal(true);
    const mismatch = form.safeParse({ password: 'Abcdef1!', confirmPassword: 'Abcdef1' });
    expect(mismatch.error!.issues.map((i) => [i.path.join('.'), i.message])).to.deep.equal([['confirmPassword', 'password.confirm_mismatch']]);
  });
});
