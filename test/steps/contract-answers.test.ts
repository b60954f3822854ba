/**
 * Answers a backend written from docs/openapi.yaml alone may give, unusual but allowed by the
 * contract: a rule named without its number, a username refused on a form without one, no attempt
 * left, a resend refused. Each must still leave the person knowing what happened and what to do.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { MOCK_BASE } from '../../src/mocks/handlers.js';
import { useMockBackend } from '../helpers/mock-worker.js';
import { announcements, clean, deepQueryAll, getButton, getByLabel, queryButton, stepHeading, visibleText, waitFor } from '../helpers/dom.js';
import { WORDS, enterPassword, fillDetails, submitDetails, toOtp, toPassword } from '../helpers/phone-journey.js';
import { mockBackend } from '../../src/mocks/backend.js';
import { press, type } from '../helpers/user.js';
import { phoneWidget } from '../helpers/widget.js';

const problem = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  HttpResponse.json({ type: 'about:blank', title: 'x', status, ...body }, { status, headers: { 'Content-Type': 'application/problem+json', ...headers } });

const errorAt = (el: Element, id: string) => clean(deepQueryAll(el, `#${id}-error`)[0]?.textContent);

describe('a backend rule named without the number its message needs', () => {
  it("on the password step: the policy's own minimum, never a blank", async () => {
    (await useMockBackend()).use(
      http.post(`${MOCK_BASE}/registrations/:id/password`, () =>
        problem(422, { code: 'password_rejected', errors: [{ field: 'password', code: 'password.too_short' }] }),
      ),
    );
    const el = await phoneWidget();
    await toOtp(el, 'vi');
    await toPassword(el, 'vi');
    await enterPassword(el, 'vi');
    await waitFor(() => getByLabel(el, WORDS.vi.password).getAttribute('aria-invalid') === 'true', { message: 'the refusal' });
    // The mock's policy (OtpVerified.passwordPolicy) says 8.
    expect(errorAt(el, 'password')).to.contain('Mật khẩu phải có ít nhất 8 ký tự.');
  });

  it("on the details form: the widget's own limit, or the general message where it has none, in both languages", async () => {
    for (const [lang, tooLong, general] of [
      ['vi', 'Họ và tên dài quá 100 ký tự.', 'Thông tin này chưa hợp lệ. Hãy kiểm tra lại.'],
      ['en', 'longer than 100 characters', 'This information is not valid. Please check it.'],
    ] as const) {
      (await useMockBackend()).use(
        http.post(`${MOCK_BASE}/registrations`, () =>
          problem(422, {
            code: 'validation_failed',
            errors: [
              { field: 'fullName', code: 'name.too_long' },
              // Its message quotes the CCCD's first digits, which only the widget's own check knows.
              { field: 'idNumber', code: 'cccd.province_unknown' },
            ],
          }),
        ),
      );
      const el = await phoneWidget({ lang });
      await fillDetails(el, lang);
      await submitDetails(el, lang);
      await waitFor(() => errorAt(el, 'fullName') !== '', { message: 'the field message' });
      expect(errorAt(el, 'fullName')).to.contain(tooLong);
      expect(errorAt(el, 'idNumber')).to.contain(general);
      el.remove();
    }
  });
});

const linkWords = (alert: Element) => [...alert.querySelectorAll('a')].map((a) => clean(a.textContent));

describe('username_taken on a form without a username', () => {
  it('says at the top what to do, with "Đăng nhập" and "Lấy lại mật khẩu"', async () => {
    (await useMockBackend()).use(http.post(`${MOCK_BASE}/registrations`, () => problem(409, { code: 'username_taken' })));
    const el = await phoneWidget();
    await fillDetails(el, 'vi');
    await submitDetails(el, 'vi');
    const alert = await waitFor(() => deepQueryAll(el, '[data-alert]')[0], { message: 'the alert' });
    // The user name is the ID number: it is the ID number that already has an account.
    expect(clean(alert.textContent)).to.contain('Số định danh này đã có tài khoản');
    expect(clean(alert.textContent)).not.to.contain('Hãy chọn tên khác');
    expect(getButton(alert, 'Đăng nhập').getAttribute('href')).to.be.a('string');
    expect(getButton(alert, 'Lấy lại mật khẩu').getAttribute('href')).to.be.a('string');
    // In the order every method's steps give them: signing in first.
    expect(linkWords(alert)).to.deep.equal(['Đăng nhập', 'Lấy lại mật khẩu']);
  });
});

describe('account_exists on the password step', () => {
  it('offers "Đăng nhập" and "Lấy lại mật khẩu", as the details step does', async () => {
    (await useMockBackend()).use(http.post(`${MOCK_BASE}/registrations/:id/password`, () => problem(409, { code: 'account_exists' })));
    const el = await phoneWidget();
    await toOtp(el, 'vi');
    await toPassword(el, 'vi');
    await enterPassword(el, 'vi');
    const alert = await waitFor(() => deepQueryAll(el, '[data-alert]')[0], { message: 'the alert' });
    expect(clean(alert.textContent)).to.contain('đã có tài khoản');
    expect(getButton(alert, 'Đăng nhập').getAttribute('href')).to.be.a('string');
    expect(getButton(alert, 'Lấy lại mật khẩu').getAttribute('href')).to.be.a('string');
    // In the order every method's steps give them: signing in first.
    expect(linkWords(alert)).to.deep.equal(['Đăng nhập', 'Lấy lại mật khẩu']);
  });
});

describe('a wrong OTP with no attempt left', () => {
  it('says the code can no longer be used, and offers starting again instead of "Xác nhận"', async () => {
    (await useMockBackend()).use(
      http.post(`${MOCK_BASE}/registrations/:id/otp/verify`, () => problem(422, { code: 'otp_invalid', attemptsLeft: 0 }), { once: true }),
    );
    const el = await phoneWidget();
    await toOtp(el, 'vi');
    await type(getByLabel(el, WORDS.vi.otp), '000000');
    await press('Enter');
    await waitFor(() => errorAt(el, 'otp') !== '', { message: 'the field message' });
    expect(errorAt(el, 'otp')).to.contain('không dùng được nữa');
    expect(errorAt(el, 'otp')).not.to.contain('còn 0 lần thử');
    expect(queryButton(el, WORDS.vi.confirmOtp)).to.equal(undefined);
    getButton(el, WORDS.vi.startAgain).click();
    await waitFor(() => stepHeading(el) === WORDS.vi.detailsHeading, { message: 'back to the details' });
  });
});

describe('a resend refused with 429', () => {
  it('says why it waits, and no longer that a resend is possible', async () => {
    mockBackend.timing.otpResendAfter = 1;
    (await useMockBackend()).use(
      http.post(`${MOCK_BASE}/registrations/:id/otp`, () => problem(429, { code: 'rate_limited' }, { 'Retry-After': '30' }), { once: true }),
    );
    const el = await phoneWidget();
    await toOtp(el, 'vi');
    await waitFor(() => announcements(el).includes('Bạn có thể yêu cầu gửi lại mã.'), { message: 'the resend is possible' });
    getButton(el, WORDS.vi.resend).click();
    await waitFor(() => /Gửi lại mã sau 0:(30|29)/.test(visibleText(el)), { message: 'the wait' });
    expect(visibleText(el)).to.contain('Bạn đã thử quá nhiều lần');
    expect(announcements(el)).not.to.include('Bạn có thể yêu cầu gửi lại mã.');
    expect(announcements(el).join(' ')).to.contain('Bạn đã thử quá nhiều lần');
  });
});
