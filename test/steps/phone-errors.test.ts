import { expect } from '@open-wc/testing';
import { http } from 'msw';
import { mockBackend, MAGIC } from '../../src/mocks/backend.js';
import { MOCK_BASE } from '../../src/mocks/handlers.js';
import { scenarios } from '../../src/mocks/scenarios.js';
import { useMockBackend } from '../helpers/mock-worker.js';
import { clean, deepQueryAll, focused, getButton, getByLabel, queryButton, stepHeading, visibleText, waitFor } from '../helpers/dom.js';
import { PERSON, WORDS, fillDetails, submitDetails, toOtp, toPassword, type Locale } from '../helpers/phone-journey.js';
import { press, type } from '../helpers/user.js';
import { captchaAnswer, phoneWidget } from '../helpers/widget.js';

/** What each locale says in these situations (a stable part of each message). */
const SAYS = {
  vi: {
    phoneMismatch: 'soạn tin TTTB gửi 1414',
    accountExists: 'đã có tài khoản',
    forgot: 'Lấy lại mật khẩu',
    captchaWrong: 'Mã xác thực không đúng hoặc đã hết hạn',
    otpWrong: 'Bạn còn 2 lần thử',
    otpExpired: 'Mã OTP đã hết hạn',
    tooMany: 'quá số lần cho phép',
    passwordCommon: 'Mật khẩu này quá phổ biến',
    passwordRejected: 'Hệ thống không chấp nhận mật khẩu này',
    rateLimited: 'Bạn đã thử quá nhiều lần',
    retryIn: 'Thử lại sau',
    server: 'Hệ thống đang gặp sự cố',
    network: 'Không kết nối được tới hệ thống',
    unknownGeneral: 'hãy báo mã lỗi unheard_of cho bộ phận hỗ trợ',
  },
  en: {
    phoneMismatch: 'text TTTB to 1414',
    accountExists: 'An account already exists',
    forgot: 'Recover your password',
    captchaWrong: 'The verification code was wrong or has expired',
    otpWrong: 'You have 2 attempts left',
    otpExpired: 'The OTP has expired',
    tooMany: 'too many times',
    passwordCommon: 'This password is too common',
    passwordRejected: 'The system does not accept this password',
    rateLimited: 'You tried too many times',
    retryIn: 'Try again in',
    server: 'The system is having problems',
    network: 'Could not connect to the system',
    unknownGeneral: 'give the error code unheard_of to the help desk',
  },
} as const;

function expectDetailsKept(el: HTMLElement, locale: Locale, person = PERSON): void {
  const w = WORDS[locale];
  expect(getByLabel(el, w.idNumber).value).to.equal(person.idNumber);
  expect(getByLabel(el, w.fullName).value).to.equal(person.fullName);
  expect(getByLabel(el, w.birthDate).value).to.equal(person.birthDate);
  expect(getByLabel(el, w.phone).value).to.equal(person.phone);
}

for (const locale of ['vi', 'en'] as const) {
  const w = WORDS[locale];
  const says = SAYS[locale];

  describe(`backend errors on the phone journey, in ${locale}`, () => {
    it('phone not registered to this ID: says how to check with the carrier, at the phone field', async () => {
      const el = await phoneWidget({ lang: locale });
      const person = { ...PERSON, phone: '0912 000 999' };
      expect(MAGIC.phoneNotMatching).to.equal('+84912000999');
      await fillDetails(el, locale, person);
      await submitDetails(el, locale);
      const summary = await waitFor(() => deepQueryAll(el, '[data-error-summary]')[0]);
      expect(clean(summary.textContent)).to.contain(says.phoneMismatch);
      const phone = getByLabel(el, w.phone);
      expect(phone.getAttribute('aria-invalid')).to.equal('true');
      await waitFor(() => focused() === summary);
      expectDetailsKept(el, locale, person);
      expect(getByLabel(el, w.captcha).value).to.equal('');
    });

    it('account already exists: links to the configured forgot-password page', async () => {
      const el = await phoneWidget({ lang: locale, 'forgot-password-url': 'https://portal.example.gov.vn/quen-mat-khau' });
      const person = { ...PERSON, idNumber: MAGIC.existingIdNumber };
      await fillDetails(el, locale, person);
      await submitDetails(el, locale);
      const alert = await waitFor(() => deepQueryAll(el, '[data-alert]')[0]);
      expect(clean(alert.textContent)).to.contain(says.accountExists);
      expect(getButton(el, says.forgot).getAttribute('href')).to.equal('https://portal.example.gov.vn/quen-mat-khau');
      await waitFor(() => focused() === alert);
      expectDetailsKept(el, locale, person);
    });

    it('wrong captcha: a fresh image, a message at the captcha, every other value kept', async () => {
      const el = await phoneWidget({ lang: locale });
      await fillDetails(el, locale);
      const firstImage = deepQueryAll<HTMLImageElement>(el, '.captcha img')[0]!.src;
      await type(getByLabel(el, w.captcha), 'WRONG');
      await submitDetails(el, locale);
      await waitFor(() => getByLabel(el, w.captcha).getAttribute('aria-invalid') === 'true');
      expect(visibleText(el)).to.contain(says.captchaWrong);
      await waitFor(() => deepQueryAll<HTMLImageElement>(el, '.captcha img')[0]?.src !== firstImage, { message: 'new image' });
      expectDetailsKept(el, locale);
      // With the new image's answer, the registration goes on.
      await type(getByLabel(el, w.captcha), await captchaAnswer(el));
      await submitDetails(el, locale);
      await waitFor(() => stepHeading(el) === w.otpHeading);
    });

    it('"new image" fetches another captcha', async () => {
      const el = await phoneWidget({ lang: locale });
      await captchaAnswer(el);
      const before = deepQueryAll<HTMLImageElement>(el, '.captcha img')[0]!.src;
      getButton(el, w.newImage).click();
      await waitFor(() => deepQueryAll<HTMLImageElement>(el, '.captcha img')[0]?.src !== before);
      expect(deepQueryAll<HTMLImageElement>(el, '.captcha img')[0]!.alt).to.have.length.greaterThan(20);
    });

    it('wrong OTP: says how many attempts are left and keeps the code to correct', async () => {
      const el = await phoneWidget({ lang: locale });
      await toOtp(el, locale);
      const wrong = mockBackend.lastOtp()!.code === '000000' ? '111111' : '000000';
      await type(getByLabel(el, w.otp), wrong);
      await press('Enter');
      await waitFor(() => visibleText(el).includes(says.otpWrong));
      expect(getByLabel(el, w.otp).value).to.equal(wrong);
      expect(getByLabel(el, w.otp).getAttribute('aria-invalid')).to.equal('true');
    });

    it('expired OTP: says so and offers a new code', async () => {
      (await useMockBackend()).use(...scenarios.otpExpired());
      mockBackend.timing.otpResendAfter = 0;
      const el = await phoneWidget({ lang: locale });
      await toOtp(el, locale);
      await type(getByLabel(el, w.otp), mockBackend.lastOtp()!.code);
      await press('Enter');
      await waitFor(() => visibleText(el).includes(says.otpExpired));
      getButton(el, w.resend).click();
      await waitFor(() => mockBackend.otpsSent().length === 2);
      await type(getByLabel(el, w.otp), mockBackend.lastOtp()!.code);
      await press('Enter');
      await waitFor(() => stepHeading(el) === w.passwordHeading);
    });

    it('too many attempts: a clear way to start again with the details kept', async () => {
      const el = await phoneWidget({ lang: locale });
      await toOtp(el, locale);
      const wrong = mockBackend.lastOtp()!.code === '000000' ? '111111' : '000000';
      for (let i = 0; i < 3; i++) {
        await type(getByLabel(el, w.otp), wrong);
        await press('Enter');
        await waitFor(() => !queryButton(el, /Đang kiểm tra|Checking/));
        await waitFor(() => visibleText(el).includes(i < 2 ? (locale === 'vi' ? 'lần thử' : 'attempt') : says.tooMany));
      }
      getButton(el, w.startAgain).click();
      await waitFor(() => stepHeading(el) === w.detailsHeading);
      expectDetailsKept(el, locale);
      // A new registration needs a new captcha and sends a new OTP.
      await type(getByLabel(el, w.captcha), await captchaAnswer(el));
      await submitDetails(el, locale);
      await waitFor(() => stepHeading(el) === w.otpHeading);
      expect(mockBackend.otpsSent()).to.have.length(2);
    });

    it("password rejected by the backend's policy: its reason at the password field", async () => {
      const el = await phoneWidget({ lang: locale });
      await toOtp(el, locale);
      await toPassword(el, locale);
      await type(getByLabel(el, w.password), 'Matkhau#2024');
      await type(getByLabel(el, w.confirmPassword), 'Matkhau#2024');
      await press('Enter');
      await waitFor(() => getByLabel(el, w.password).getAttribute('aria-invalid') === 'true');
      const error = deepQueryAll(el, '#password-error')[0]!;
      expect(clean(error.textContent)).to.contain(says.passwordCommon);
      await type(getByLabel(el, w.password), 'Sen-vang#2024');
      await type(getByLabel(el, w.confirmPassword), 'Sen-vang#2024');
      await press('Enter');
      await waitFor(() => stepHeading(el) === w.doneHeading);
    });

    it('password rejected with a backend rule the widget does not know: the general reason', async () => {
      (await useMockBackend()).use(...scenarios.passwordRejected());
      const el = await phoneWidget({ lang: locale });
      await toOtp(el, locale);
      await toPassword(el, locale);
      await type(getByLabel(el, w.password), 'Sen-vang#2024');
      await type(getByLabel(el, w.confirmPassword), 'Sen-vang#2024');
      await press('Enter');
      await waitFor(() => getByLabel(el, w.password).getAttribute('aria-invalid') === 'true');
      expect(clean(deepQueryAll(el, '#password-error')[0]!.textContent)).to.contain(says.passwordRejected);
    });

    it('rate limited: a countdown from Retry-After, and nothing is sent meanwhile', async () => {
      (await useMockBackend()).use(...scenarios.rateLimited());
      const el = await phoneWidget({ lang: locale });
      await fillDetails(el, locale);
      await submitDetails(el, locale);
      await waitFor(() => visibleText(el).includes(says.rateLimited));
      expect(visibleText(el)).to.match(new RegExp(`${says.retryIn} 0:4[12]`));
      const sent = mockBackend.otpsSent().length;
      await submitDetails(el, locale);
      await new Promise((r) => setTimeout(r, 100));
      expect(mockBackend.otpsSent().length).to.equal(sent);
      expectDetailsKept(el, locale);
    });

    for (const [name, scenario, text] of [
      ['a server error', scenarios.serverError, says.server],
      ['no network', scenarios.networkError, says.network],
    ] as const) {
      it(`${name}: everything kept, and "try again" works`, async () => {
        (await useMockBackend()).use(...scenario());
        const el = await phoneWidget({ lang: locale });
        await fillDetails(el, locale);
        await submitDetails(el, locale);
        const alert = await waitFor(() => deepQueryAll(el, '[data-alert]')[0]);
        expect(clean(alert.textContent)).to.contain(text);
        await waitFor(() => focused() === alert);
        expectDetailsKept(el, locale);
        getButton(el, w.retry).click();
        await waitFor(() => stepHeading(el) === w.otpHeading);
      });
    }

    it('an unknown error code with markup in its text: a general message with the code for support, no markup', async () => {
      (await useMockBackend()).use(...scenarios.unknownError());
      const el = await phoneWidget({ lang: locale });
      await fillDetails(el, locale);
      await submitDetails(el, locale);
      const alert = await waitFor(() => deepQueryAll(el, '[data-alert]')[0]);
      expect(clean(alert.textContent)).to.contain(says.unknownGeneral);
      expect(clean(alert.textContent)).to.not.contain('<b>');
      expect(alert.querySelector('b, script')).to.equal(null);
    });
  });
}

describe('a request to an unexpected server answer', () => {
  it('a reply that breaks the contract is a clear error, not a broken screen', async () => {
    (await useMockBackend()).use(http.post(`${MOCK_BASE}/registrations`, () => new Response('{"id": 5}', { status: 201 }), { once: true }));
    const el = await phoneWidget();
    await fillDetails(el, 'vi');
    await submitDetails(el, 'vi');
    const alert = await waitFor(() => deepQueryAll(el, '[data-alert]')[0]);
    expect(clean(alert.textContent)).to.contain('Hệ thống trả lời không như mong đợi');
  });
});
