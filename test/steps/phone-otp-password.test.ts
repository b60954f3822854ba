import { expect } from '@open-wc/testing';
import { delay, http } from 'msw';
import { MOCK_BASE } from '../../src/mocks/handlers.js';
import { useMockBackend } from '../helpers/mock-worker.js';
import { mockBackend } from '../../src/mocks/backend.js';
import { announcements, clean, deepQueryAll, getButton, getByLabel, queryButton, stepHeading, visibleText, waitFor } from '../helpers/dom.js';
import { PERSON, toOtp, toPassword } from '../helpers/phone-journey.js';
import { paste, press, type } from '../helpers/user.js';
import { phoneWidget } from '../helpers/widget.js';

describe('the OTP step', () => {
  it('accepts a pasted "123 456" code', async () => {
    const el = await phoneWidget();
    await toOtp(el, 'vi');
    const code = mockBackend.lastOtp()!.code;
    await paste(getByLabel(el, 'Mã OTP'), `${code.slice(0, 3)} ${code.slice(3)}`);
    getButton(el, 'Xác nhận').click();
    await waitFor(() => stepHeading(el) === 'Đặt mật khẩu');
  });

  it('accepts full-width digits from some keyboards', async () => {
    const el = await phoneWidget();
    await toOtp(el, 'vi');
    const wide = [...mockBackend.lastOtp()!.code].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    await paste(getByLabel(el, 'Mã OTP'), wide);
    getButton(el, 'Xác nhận').click();
    await waitFor(() => stepHeading(el) === 'Đặt mật khẩu');
  });

  it('rejects a code that is not 6 digits at the field, without asking the backend', async () => {
    const el = await phoneWidget();
    await toOtp(el, 'vi');
    await type(getByLabel(el, 'Mã OTP'), '12345');
    await press('Enter');
    await waitFor(() => getByLabel(el, 'Mã OTP').getAttribute('aria-invalid') === 'true');
    expect(visibleText(el)).to.contain('Mã OTP gồm đúng 6 chữ số');
  });

  it('shows how long the code works, and when a new one may be asked for', async () => {
    mockBackend.timing.otpResendAfter = 2;
    const el = await phoneWidget();
    await toOtp(el, 'vi');
    expect(visibleText(el)).to.match(/Mã còn hiệu lực trong [45]:\d\d/);
    expect(visibleText(el)).to.match(/Gửi lại mã sau 0:0[12]/);
    expect(queryButton(el, 'Gửi lại mã')).to.equal(undefined);
    // When the wait is over, the button appears and that is said once, politely.
    const resend = await waitFor(() => queryButton(el, 'Gửi lại mã'), { timeout: 4000 });
    await waitFor(() => announcements(el).includes('Bạn có thể yêu cầu gửi lại mã.'));
    resend.click();
    await waitFor(() => mockBackend.otpsSent().length === 2);
    await waitFor(() => announcements(el).some((a) => a.startsWith('Đã gửi mã mới đến số 09•• ••• 678')));
    // The countdown starts over for the new code.
    await waitFor(() => /Gửi lại mã sau 0:0[12]/.test(visibleText(el)));
    // Only the newest code works.
    await type(getByLabel(el, 'Mã OTP'), mockBackend.lastOtp()!.code);
    await press('Enter');
    await waitFor(() => stepHeading(el) === 'Đặt mật khẩu');
  });

  it('keeps a code typed while the resend is still on its way', async () => {
    mockBackend.timing.otpResendAfter = 0;
    (await useMockBackend()).use(
      http.post(`${MOCK_BASE}/registrations/:id/otp`, async () => {
        await delay(400);
        return undefined;
      }),
    );
    const el = await phoneWidget();
    await toOtp(el, 'vi');
    getButton(el, 'Gửi lại mã').click();
    await waitFor(() => mockBackend.otpsSent().length === 1);
    await type(getByLabel(el, 'Mã OTP'), '123456');
    await waitFor(() => announcements(el).some((a) => a.startsWith('Đã gửi mã mới')), { message: 'resent' });
    expect(getByLabel(el, 'Mã OTP').value).to.equal('123456');
  });

  it('never puts the code in the flow state, the URL or storage', async () => {
    const el = await phoneWidget();
    await toOtp(el, 'vi');
    const code = mockBackend.lastOtp()!.code;
    await type(getByLabel(el, 'Mã OTP'), code);
    expect(JSON.stringify((el as unknown as { flow: unknown }).flow)).to.not.contain(code);
    expect(location.href).to.not.contain(code);
    expect(JSON.stringify({ ...sessionStorage, ...localStorage })).to.not.contain(code);
  });
});

describe('the password step', () => {
  async function atPassword(): Promise<HTMLElement> {
    const el = await phoneWidget();
    await toOtp(el, 'vi');
    await toPassword(el, 'vi');
    return el;
  }

  const ruleStates = (el: HTMLElement) =>
    deepQueryAll(el, '.rules li').map((li) => `${li.className}:${clean(li.querySelector('span:nth-child(2)')!.textContent)}`);

  it('shows every rule before typing, none yet met or missed, and ticks them as the password grows', async () => {
    const el = await atPassword();
    // Nothing typed: no rule is met (no green tick for "does not contain your ID") nor missed.
    expect(ruleStates(el)).to.deep.equal([
      'pending:Ít nhất 8 ký tự',
      'pending:Một chữ thường (a–z)',
      'pending:Một chữ hoa (A–Z)',
      'pending:Một chữ số (0–9)',
      'pending:Một ký tự đặc biệt (!@#$%^&*)',
      'pending:Không chứa số CCCD của bạn',
      'pending:Không chứa số điện thoại của bạn',
      'pending:Không chứa tên của bạn',
    ]);
    const password = getByLabel(el, 'Mật khẩu');
    expect(password.getAttribute('aria-describedby')).to.contain('password-rules');
    await type(password, 'abc');
    await waitFor(() => ruleStates(el)[1] === 'passed:Một chữ thường (a–z)');
    expect(ruleStates(el)[0]).to.equal('failed:Ít nhất 8 ký tự');
    await type(password, `Abc#1234${PERSON.idNumber}`);
    await waitFor(() => ruleStates(el)[5] === 'failed:Không chứa số CCCD của bạn');
  });

  it('announces the rule count politely once typing pauses, not on every key', async () => {
    const el = await atPassword();
    const status = () => announcements(el).find((a) => a.startsWith('Mật khẩu đạt'));
    await type(getByLabel(el, 'Mật khẩu'), 'abcD');
    expect(status()).to.equal(undefined);
    await waitFor(() => status() === 'Mật khẩu đạt 5 trên 8 yêu cầu.', { timeout: 3000 });
    await type(getByLabel(el, 'Mật khẩu'), 'abcD#123');
    await waitFor(() => status() === 'Mật khẩu đạt mọi yêu cầu.', { timeout: 3000 });
  });

  it('shows and hides the password on request', async () => {
    const el = await atPassword();
    const toggle = getButton(el, 'Hiện mật khẩu');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(getByLabel(el, 'Mật khẩu').type).to.equal('password');
    toggle.click();
    await waitFor(() => getByLabel(el, 'Mật khẩu').type === 'text');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(getByLabel(el, 'Nhập lại mật khẩu').type).to.equal('text');
  });

  it('needs the confirmation to match', async () => {
    const el = await atPassword();
    await type(getByLabel(el, 'Mật khẩu'), 'Sen-vang#2024');
    await type(getByLabel(el, 'Nhập lại mật khẩu'), 'Sen-vang#2025');
    await press('Enter');
    await waitFor(() => getByLabel(el, 'Nhập lại mật khẩu').getAttribute('aria-invalid') === 'true');
    expect(visibleText(el)).to.contain('Hai mật khẩu chưa khớp nhau');
    expect(stepHeading(el)).to.equal('Đặt mật khẩu');
  });

  it('gives password managers the ID number as user name and asks for a new password', async () => {
    const el = await atPassword();
    const username = getByLabel(el, 'Tên đăng nhập');
    expect([username.autocomplete, username.value, username.readOnly]).to.deep.equal(['username', PERSON.idNumber, true]);
    expect(getByLabel(el, 'Mật khẩu').autocomplete).to.equal('new-password');
    expect(getByLabel(el, 'Nhập lại mật khẩu').autocomplete).to.equal('new-password');
  });
});

describe('the WebOTP API', () => {
  const win = window as unknown as { OTPCredential?: unknown };
  const hadOtpCredential = 'OTPCredential' in window;
  const originalGet = navigator.credentials.get.bind(navigator.credentials);

  afterEach(() => {
    navigator.credentials.get = originalGet;
    if (!hadOtpCredential) delete win.OTPCredential;
  });

  it('fills and submits the code from the SMS when the browser offers it', async () => {
    if (!hadOtpCredential) win.OTPCredential = class {};
    let asked: CredentialRequestOptions | undefined;
    navigator.credentials.get = async (options?: CredentialRequestOptions) => {
      asked = options;
      // The SMS arrives a moment after the step shows.
      await new Promise((r) => setTimeout(r, 50));
      return { code: mockBackend.lastOtp()!.code, id: '', type: 'otp' } as unknown as Credential;
    };
    const el = await phoneWidget();
    await toOtp(el, 'vi');
    await waitFor(() => stepHeading(el) === 'Đặt mật khẩu', { message: 'submitted by WebOTP' });
    expect((asked as { otp?: { transport: string[] } }).otp?.transport).to.deep.equal(['sms']);
  });

  it('is silently skipped where the browser lacks it', async () => {
    delete win.OTPCredential;
    let called = false;
    navigator.credentials.get = async () => {
      called = true;
      return null;
    };
    const el = await phoneWidget();
    await toOtp(el, 'vi');
    await new Promise((r) => setTimeout(r, 100));
    expect(called).to.equal(false);
    expect(stepHeading(el)).to.equal('Nhập mã OTP');
    expect(announcements(el).join(' ')).to.not.match(/lỗi|error/i);
  });
});
