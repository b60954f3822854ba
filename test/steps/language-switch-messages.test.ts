/**
 * Messages that arrive while a step is shown (a backend's refusal, our own check at a submit, a
 * status said after a wait) follow the language switch like every other word: switched with the
 * widget's own language button, they are re-worded at the field, in the error summary and in the
 * live regions, and back again. Nothing typed is lost on the way.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { mockBackend } from '../../src/mocks/backend.js';
import { MOCK_BASE } from '../../src/mocks/handlers.js';
import { scenarios } from '../../src/mocks/scenarios.js';
import { useMockBackend } from '../helpers/mock-worker.js';
import { announcements, clean, deepQueryAll, getButton, getByLabel, visibleText, waitFor } from '../helpers/dom.js';
import { PERSON, WORDS, fillDetails, submitDetails, toOtp, toPassword } from '../helpers/phone-journey.js';
import { press, type } from '../helpers/user.js';
import { phoneWidget } from '../helpers/widget.js';
import { fieldError, summary, switchTo } from '../helpers/language-switch.js';


function alertText(el: HTMLElement): string {
  return clean(deepQueryAll(el, '[data-alert]')[0]?.textContent);
}

describe('messages shown after an event follow a language switch', () => {
  it('OTP step: our own check at the field and in the summary, with the code kept', async () => {
    const el = await phoneWidget();
    await toOtp(el, 'vi');
    await type(getByLabel(el, 'Mã OTP'), '12345');
    await press('Enter');
    await waitFor(() => fieldError(el, 'otp').includes('Mã OTP gồm đúng 6 chữ số'), { message: 'the Vietnamese check' });
    await switchTo(el, 'en', WORDS.en.otpHeading);
    await waitFor(() => fieldError(el, 'otp').includes('The OTP code has exactly 6 digits'), { message: 'the check in English at the field' });
    expect(summary(el)).to.contain('The OTP code has exactly 6 digits').and.not.contain('chữ số');
    expect(getByLabel(el, 'OTP').value).to.equal('12345');
    await switchTo(el, 'vi', WORDS.vi.otpHeading);
    await waitFor(() => fieldError(el, 'otp').includes('Mã OTP gồm đúng 6 chữ số'), { message: 'Vietnamese again' });
  });

  it("the widget's step announcement (\"Bước 2/…\")", async () => {
    const el = await phoneWidget();
    await toOtp(el, 'vi');
    await waitFor(() => announcements(el).some((a) => /^Bước \d+\/\d+/.test(a)), { message: 'the step announced' });
    await switchTo(el, 'en', WORDS.en.otpHeading);
    await waitFor(() => announcements(el).some((a) => /^Step \d+ of \d+/.test(a)), { message: 'the live region in English' });
    expect(announcements(el).join(' ')).to.not.match(/Bước/);
  });

  it("OTP step: the backend's refusal of the code, at the field and in the summary, with the code kept", async () => {
    const el = await phoneWidget();
    await toOtp(el, 'vi');
    const wrong = mockBackend.lastOtp()!.code === '000000' ? '111111' : '000000';
    await type(getByLabel(el, 'Mã OTP'), wrong);
    await press('Enter');
    await waitFor(() => fieldError(el, 'otp').includes('Bạn còn 2 lần thử'), { message: 'the Vietnamese refusal' });
    expect(summary(el)).to.contain('Bạn còn 2 lần thử');
    await switchTo(el, 'en', WORDS.en.otpHeading);
    await waitFor(() => fieldError(el, 'otp').includes('You have 2 attempts left'), { message: 'the refusal in English at the field' });
    expect(summary(el)).to.contain('You have 2 attempts left');
    expect(visibleText(el)).to.not.match(/lần thử|Mã OTP không đúng/);
    expect(getByLabel(el, 'OTP').value).to.equal(wrong);
    await switchTo(el, 'vi', WORDS.vi.otpHeading);
    await waitFor(() => fieldError(el, 'otp').includes('Bạn còn 2 lần thử'), { message: 'the refusal in Vietnamese again' });
    expect(summary(el)).to.contain('Bạn còn 2 lần thử').and.not.contain('attempts');
  });

  it("OTP step: the resend's announcement", async () => {
    mockBackend.timing.otpResendAfter = 0;
    const el = await phoneWidget();
    await toOtp(el, 'vi');
    getButton(el, 'Gửi lại mã').click();
    await waitFor(() => announcements(el).some((a) => a.startsWith('Đã gửi mã mới đến số')), { message: 'the resend said' });
    await switchTo(el, 'en', WORDS.en.otpHeading);
    await waitFor(() => announcements(el).some((a) => a.startsWith('A new code was sent to')), { message: 'the resend said in English' });
    expect(announcements(el).join(' ')).to.not.contain('Đã gửi mã mới');
  });

  it("details step: the backend's word about one field, at the field and in the summary", async () => {
    const el = await phoneWidget();
    const person = { ...PERSON, phone: '0912 000 999' };
    await fillDetails(el, 'vi', person);
    await submitDetails(el, 'vi');
    await waitFor(() => fieldError(el, 'phone').includes('soạn tin TTTB gửi 1414'), { message: 'the Vietnamese refusal' });
    expect(summary(el)).to.contain('soạn tin TTTB gửi 1414');

    await switchTo(el, 'en', WORDS.en.detailsHeading);
    await waitFor(() => fieldError(el, 'phone').includes('text TTTB to 1414'), { message: 'the refusal in English at the field' });
    expect(summary(el)).to.contain('text TTTB to 1414').and.not.contain('soạn tin');
    expect(visibleText(el)).to.not.contain('Nhà mạng');
    expect(getByLabel(el, WORDS.en.phone).value).to.equal(person.phone);
    expect(getByLabel(el, WORDS.en.fullName).value).to.equal(person.fullName);

    await switchTo(el, 'vi', WORDS.vi.detailsHeading);
    await waitFor(() => fieldError(el, 'phone').includes('soạn tin TTTB gửi 1414'), { message: 'the refusal in Vietnamese again' });
    expect(summary(el)).to.contain('soạn tin TTTB gửi 1414').and.not.contain('text TTTB');
  });

  it('details step: a refused captcha, at the field and in the summary', async () => {
    const el = await phoneWidget();
    await fillDetails(el, 'vi');
    await type(getByLabel(el, 'Mã xác thực'), 'WRONG');
    await submitDetails(el, 'vi');
    await waitFor(() => fieldError(el, 'captcha').includes('Mã xác thực không đúng hoặc đã hết hạn'), { message: 'the Vietnamese refusal' });
    await switchTo(el, 'en', WORDS.en.detailsHeading);
    await waitFor(() => fieldError(el, 'captcha').includes('The verification code was wrong or has expired'), { message: 'in English at the field' });
    expect(summary(el)).to.contain('The verification code was wrong or has expired').and.not.contain('Mã xác thực');
  });

  it('details step: "the captcha could not be loaded" in the summary', async () => {
    (await useMockBackend()).use(...scenarios.captchaFailed());
    const el = await phoneWidget();
    await waitFor(() => visibleText(el).includes('Không tải được ảnh mã xác thực'), { message: 'the captcha failed' });
    await submitDetails(el, 'vi');
    await waitFor(() => summary(el).includes('Không tải được mã xác thực'), { message: 'said in the summary' });
    await switchTo(el, 'en', WORDS.en.detailsHeading);
    await waitFor(() => summary(el).includes('The verification code could not be loaded'), { message: 'said in English' });
    expect(summary(el)).to.not.contain('Không tải được');
  });

  it('a failed call: "you can try again now" after the backend\'s wait', async () => {
    (await useMockBackend()).use(
      http.post(
        `${MOCK_BASE}/registrations`,
        () =>
          HttpResponse.json(
            { type: 'about:blank', title: 'Quá nhiều yêu cầu.', status: 429, code: 'rate_limited', retryAfter: 1 },
            { status: 429, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '1' } },
          ),
        { once: true },
      ),
    );
    const el = await phoneWidget();
    await fillDetails(el, 'vi');
    await submitDetails(el, 'vi');
    await waitFor(() => visibleText(el).includes('Bạn có thể thử lại ngay bây giờ.'), { message: 'the wait over, in Vietnamese' });
    await switchTo(el, 'en', WORDS.en.detailsHeading);
    await waitFor(() => visibleText(el).includes('You can try again now.'), { message: 'in English' });
    expect(visibleText(el)).to.not.contain('Bạn có thể thử lại');
    expect(alertText(el)).to.contain('You tried too many times');
  });

  it("password step: the backend's refusal, at the field and in the summary, with both passwords kept", async () => {
    const el = await phoneWidget();
    await toOtp(el, 'vi');
    await toPassword(el, 'vi');
    await type(getByLabel(el, 'Mật khẩu'), 'Matkhau#2024');
    await type(getByLabel(el, 'Nhập lại mật khẩu'), 'Matkhau#2024');
    await press('Enter');
    await waitFor(() => fieldError(el, 'password').includes('Mật khẩu này quá phổ biến'), { message: 'the Vietnamese refusal' });
    expect(summary(el)).to.contain('Mật khẩu này quá phổ biến');

    await switchTo(el, 'en', WORDS.en.passwordHeading);
    await waitFor(() => fieldError(el, 'password').includes('This password is too common'), { message: 'the refusal in English at the field' });
    expect(summary(el)).to.contain('This password is too common').and.not.contain('phổ biến');
    expect(getByLabel(el, 'Password').value).to.equal('Matkhau#2024');
    expect(getByLabel(el, 'Re-enter password').value).to.equal('Matkhau#2024');

    await switchTo(el, 'vi', WORDS.vi.passwordHeading);
    await waitFor(() => fieldError(el, 'password').includes('Mật khẩu này quá phổ biến'), { message: 'Vietnamese again' });
    expect(summary(el)).to.contain('Mật khẩu này quá phổ biến').and.not.contain('too common');
  });

  it('password step: the announced count of rules met', async () => {
    const el = await phoneWidget();
    await toOtp(el, 'vi');
    await toPassword(el, 'vi');
    await type(getByLabel(el, 'Mật khẩu'), 'abc');
    await waitFor(() => announcements(el).some((a) => /^Mật khẩu đạt \d+ trên \d+ yêu cầu\./.test(a)), { message: 'the count said' });
    await switchTo(el, 'en', WORDS.en.passwordHeading);
    await waitFor(() => announcements(el).some((a) => /^The password meets \d+ of \d+ requirements\./.test(a)), { message: 'in English' });
    expect(announcements(el).join(' ')).to.not.contain('Mật khẩu đạt');
    expect(getByLabel(el, 'Password').value).to.equal('abc');
  });

  it("password step: a backend rule the widget does not know gets the general reason, re-worded", async () => {
    (await useMockBackend()).use(...scenarios.passwordRejected());
    const el = await phoneWidget();
    await toOtp(el, 'vi');
    await toPassword(el, 'vi');
    await type(getByLabel(el, 'Mật khẩu'), 'Sen-vang#2024');
    await type(getByLabel(el, 'Nhập lại mật khẩu'), 'Sen-vang#2024');
    await press('Enter');
    await waitFor(() => fieldError(el, 'password').includes('Hệ thống không chấp nhận mật khẩu này'), { message: 'the Vietnamese refusal' });
    await switchTo(el, 'en', WORDS.en.passwordHeading);
    await waitFor(() => fieldError(el, 'password').includes('The system does not accept this password'), { message: 'in English' });
    expect(summary(el)).to.contain('The system does not accept this password');
  });

  it("the server's own words in Vietnamese give way to the localized message for its code on an English screen, and come back", async () => {
    (await useMockBackend()).use(
      http.post(
        `${MOCK_BASE}/registrations`,
        () =>
          HttpResponse.json(
            { type: 'about:blank', title: 'Cổng tạm dừng nhận hồ sơ', detail: 'Vui lòng quay lại sau 22:00.', status: 400, code: 'tenant_closed' },
            { status: 400, headers: { 'Content-Type': 'application/problem+json', 'Content-Language': 'vi' } },
          ),
        { once: true },
      ),
    );
    const el = await phoneWidget();
    await fillDetails(el, 'vi');
    await submitDetails(el, 'vi');
    await waitFor(() => alertText(el).includes('Cổng tạm dừng nhận hồ sơ: Vui lòng quay lại sau 22:00.'), { message: "the server's words" });
    await switchTo(el, 'en', WORDS.en.detailsHeading);
    await waitFor(() => alertText(el).includes('Something went wrong'), { message: 'the general message in English' });
    expect(alertText(el)).to.contain('tenant_closed').and.not.contain('Cổng');
    await switchTo(el, 'vi', WORDS.vi.detailsHeading);
    await waitFor(() => alertText(el).includes('Cổng tạm dừng nhận hồ sơ'), { message: "the server's words again" });
  });
});
