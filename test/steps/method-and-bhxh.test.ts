import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mockBackend, MAGIC } from '../../src/mocks/backend.js';
import { clean, deepQueryAll, focused, getButton, getByLabel, getRadio, stepHeading, visibleText, waitFor } from '../helpers/dom.js';
import { press, tabTo, type } from '../helpers/user.js';
import { captchaAnswer, widget } from '../helpers/widget.js';

const W = {
  vi: {
    methodHeading: 'Chọn cách đăng ký',
    phone: 'Thuê bao di động',
    bhxh: 'Mã số bảo hiểm xã hội',
    vnpost: 'Tài khoản Bưu điện Việt Nam',
    continue: 'Tiếp tục',
    detailsHeading: 'Nhập thông tin đăng ký',
    bhxhCode: 'Mã số BHXH',
    fullName: 'Họ và tên',
    birthDate: 'Ngày sinh',
    phoneField: 'Số điện thoại di động',
    captcha: 'Mã xác thực',
    register: 'Đăng ký',
    otpHeading: 'Nhập mã OTP',
    otp: 'Mã OTP',
    passwordHeading: 'Đặt mật khẩu',
    password: 'Mật khẩu',
    confirm: 'Nhập lại mật khẩu',
    doneHeading: 'Đăng ký thành công',
    back: '‹ Quay lại',
    chooseError: 'Chọn một cách đăng ký.',
    progress: (i: number, n: number) => `Bước ${i}/${n}`,
  },
  en: {
    methodHeading: 'Choose how to register',
    phone: 'Mobile phone subscriber',
    bhxh: 'Social insurance number',
    vnpost: 'Vietnam Post account',
    continue: 'Continue',
    detailsHeading: 'Enter your registration details',
    bhxhCode: 'Social insurance number',
    fullName: 'Full name',
    birthDate: 'Date of birth',
    phoneField: 'Mobile phone number',
    captcha: 'Verification code',
    register: 'Register',
    otpHeading: 'Enter the OTP',
    otp: 'OTP',
    passwordHeading: 'Set your password',
    password: 'Password',
    confirm: 'Re-enter password',
    doneHeading: 'Registration complete',
    back: '‹ Back',
    chooseError: 'Choose a way to register.',
    progress: (i: number, n: number) => `Step ${i} of ${n}`,
  },
} as const;

for (const locale of ['vi', 'en'] as const) {
  const w = W[locale];

  describe(`choosing a method, in ${locale}`, () => {
    it('offers the citizen methods in the configured order, each saying what is needed', async () => {
      const el = await widget({ lang: locale, methods: 'vnpost,phone,bhxh' });
      await waitFor(() => stepHeading(el) === w.methodHeading);
      const labels = deepQueryAll(el, '.choice-label').map((l) => clean(l.textContent));
      expect(labels).to.deep.equal([w.vnpost, w.phone, w.bhxh]);
      expect(deepQueryAll(el, '.choice .hint')).to.have.length(3);
      // Vietnam Post comes first here: method, details, activation, OTP, password.
      expect(visibleText(el)).to.contain(w.progress(1, 5));
    });

    it('asks for a choice before going on, then goes to that method’s form by keyboard', async () => {
      const el = await widget({ lang: locale, subjects: 'citizen' });
      await waitFor(() => stepHeading(el) === w.methodHeading);
      await tabTo(getButton(el, w.continue));
      await press('Enter');
      await waitFor(() => visibleText(el).includes(w.chooseError));
      // Focus went to the error summary; its link leads to the first choice; arrows move between radios.
      expect(focused()?.getAttribute('role')).to.equal('alert');
      await press('Tab');
      expect(clean(focused()?.textContent)).to.equal(w.chooseError);
      await press('Enter');
      expect(focused() === getRadio(el, w.phone)).to.equal(true);
      await press('ArrowDown');
      expect(getRadio(el, w.bhxh).checked).to.equal(true);
      await tabTo(getButton(el, w.continue));
      await press('Enter');
      await waitFor(() => stepHeading(el) === w.detailsHeading);
      expect(clean(focused()?.textContent)).to.equal(w.detailsHeading);
      getByLabel(el, w.bhxhCode);
      // Back to the method: the choice is kept.
      getButton(el, w.back).click();
      await waitFor(() => stepHeading(el) === w.methodHeading);
      expect(getRadio(el, w.bhxh).checked).to.equal(true);
    });
  });

  describe(`registering with a social-insurance code, in ${locale}`, () => {
    async function atBhxhDetails(): Promise<HTMLElement> {
      const el = await widget({ lang: locale, methods: 'bhxh' });
      await waitFor(() => stepHeading(el) === w.detailsHeading);
      return el;
    }

    async function fill(el: HTMLElement, bhxhCode: string): Promise<void> {
      await type(getByLabel(el, w.bhxhCode), bhxhCode);
      await type(getByLabel(el, w.fullName), 'Trần Thị Bình');
      await type(getByLabel(el, w.birthDate), '12/03/1988');
      await type(getByLabel(el, w.phoneField), '0987 654 321');
      await type(getByLabel(el, w.captcha), await captchaAnswer(el));
      getButton(el, w.register).click();
    }

    it('goes details → OTP → password → done, the user name coming from the record', async () => {
      const el = await atBhxhDetails();
      await fill(el, '0123456789');
      await waitFor(() => stepHeading(el) === w.otpHeading);
      await type(getByLabel(el, w.otp), mockBackend.lastOtp()!.code);
      await press('Enter');
      await waitFor(() => stepHeading(el) === w.passwordHeading);
      const username = deepQueryAll<HTMLInputElement>(el, 'input[autocomplete=username]')[0]!;
      expect(username.value).to.equal('001023456789');
      await type(getByLabel(el, w.password), 'Tra-my#1988');
      await type(getByLabel(el, w.confirm), 'Tra-my#1988');
      await sendKeys({ press: 'Enter' });
      await waitFor(() => stepHeading(el) === w.doneHeading);
    });

    it('accepts the 12-digit personal ID number in place of the code', async () => {
      const el = await atBhxhDetails();
      await fill(el, '079301000001');
      await waitFor(() => stepHeading(el) === w.otpHeading);
    });

    it('no record for the code: says so at the code field', async () => {
      const el = await atBhxhDetails();
      await fill(el, MAGIC.bhxhNotFound);
      await waitFor(() => getByLabel(el, w.bhxhCode).getAttribute('aria-invalid') === 'true');
      expect(clean(deepQueryAll(el, '#bhxhCode-error')[0]!.textContent)).to.match(/hồ sơ bảo hiểm xã hội|social insurance record/);
    });

    it('data not matching the record: marks the kind of field, never shows the record', async () => {
      const el = await atBhxhDetails();
      await fill(el, MAGIC.bhxhMismatch);
      await waitFor(() => getByLabel(el, w.birthDate).getAttribute('aria-invalid') === 'true');
      const summary = deepQueryAll(el, '[data-error-summary]')[0]!;
      expect(clean(summary.textContent)).to.match(/Ngày sinh không khớp|date of birth does not match/);
      expect(getByLabel(el, w.fullName).getAttribute('aria-invalid')).to.equal(null);
      expect(getByLabel(el, w.birthDate).value).to.equal('12/03/1988');
    });

    it("an account already exists for the record's ID number: leads to the password recovery", async () => {
      const el = await atBhxhDetails();
      await fill(el, MAGIC.bhxhAccountExists);
      const alert = await waitFor(() => deepQueryAll(el, '[data-alert]')[0]);
      expect(clean(alert.textContent)).to.match(/đã có tài khoản|already exists/);
      // It names what was typed: a BHXH code, not an ID number.
      expect(clean(alert.textContent)).to.match(/Mã số BHXH bạn nhập|social insurance code you entered/);
      expect(clean(alert.textContent)).to.not.match(/Số định danh này|This ID number/i);
      getButton(el, locale === 'vi' ? 'Lấy lại mật khẩu' : 'Recover your password');
    });
  });
}
