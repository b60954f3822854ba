/**
 * The signing journeys' messages that arrive while a step is shown (USB token: the certificate
 * details' checks and refusals; SIM ký số: the backend's word about the number, the wait's
 * announcement, the holder step's refused captcha) follow the widget's language button.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { MOCK_BASE } from '../../src/mocks/handlers.js';
import { remoteSigningMock } from '../../src/mocks/remote-signing.js';
import { signingMockBackend } from '../../src/mocks/signing.js';
import { FakeSigningPlugin } from '../../src/signing/fake.js';
import { announcements, getButton, getByLabel, stepHeading, visibleText, waitFor } from '../helpers/dom.js';
import { useMockBackend } from '../helpers/mock-worker.js';
import { press, type } from '../helpers/user.js';
import { captchaAnswer, widget } from '../helpers/widget.js';
import { fieldError, summary, switchTo } from '../helpers/language-switch.js';


describe('signing journeys: messages follow a language switch', () => {
  beforeEach(async () => {
    await useMockBackend();
    signingMockBackend.reset();
    remoteSigningMock.reset();
  });

  it("USB token, certificate details: the missing email and the refused captcha, at the field and in the summary", async () => {
    const el = await widget({ subjects: 'business', methods: 'usb' });
    el.signingPlugin = new FakeSigningPlugin({ holder: 'business' });
    await waitFor(() => stepHeading(el) === 'Đã sẵn sàng ký số', { message: 'plugin found' });
    getButton(el, 'Tiếp tục').click();
    (await waitFor(() => getButton(el, 'Ký số'))).click();
    await waitFor(() => stepHeading(el) === 'Xác nhận thông tin đăng ký', { message: 'the certificate details' });
    await type(getByLabel(el, 'Mã xác thực'), 'WRONG');

    // Our own check at "Đăng ký": an organisation's email is required.
    getButton(el, 'Đăng ký').click();
    await waitFor(() => fieldError(el, 'email').includes('Hãy nhập địa chỉ email.'), { message: 'the Vietnamese check' });
    await switchTo(el, 'en', 'Confirm your registration details');
    await waitFor(() => fieldError(el, 'email').includes('Please enter your email address.'), { message: 'in English at the field' });
    expect(summary(el)).to.contain('Please enter your email address.').and.not.contain('Hãy nhập');
    await switchTo(el, 'vi', 'Xác nhận thông tin đăng ký');

    // The backend's refusal of the captcha.
    await type(getByLabel(el, 'Email'), 'ketoan@saomai.vn');
    await type(getByLabel(el, 'Mã xác thực'), 'WRONG');
    getButton(el, 'Đăng ký').click();
    await waitFor(() => fieldError(el, 'captcha').includes('Mã xác thực không đúng hoặc đã hết hạn'), { message: 'the Vietnamese refusal' });
    await switchTo(el, 'en', 'Confirm your registration details');
    await waitFor(() => fieldError(el, 'captcha').includes('The verification code was wrong or has expired'), { message: 'in English' });
    expect(summary(el)).to.contain('The verification code was wrong or has expired').and.not.contain('Mã xác thực');
    expect(getByLabel(el, 'Email').value).to.equal('ketoan@saomai.vn');
  });

  it("SIM ký số: the backend's word about the number, at the field and in the summary", async () => {
    (await useMockBackend()).use(
      http.post(
        `${MOCK_BASE}/remote-signing/transactions`,
        () =>
          HttpResponse.json(
            { type: 'about:blank', title: 'Số không hợp lệ', status: 422, code: 'validation_failed', errors: [{ field: 'phone', code: 'phone.not_mobile' }] },
            { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        { once: true },
      ),
    );
    const el = await widget({ subjects: 'citizen', methods: 'sim' });
    await waitFor(() => stepHeading(el) === 'Đăng ký bằng SIM ký số');
    await type(getByLabel(el, 'Số điện thoại của SIM ký số'), '0912 345 678');
    await press('Enter');
    await waitFor(() => fieldError(el, 'phone').includes('Đây là số máy bàn'), { message: 'the Vietnamese refusal' });
    expect(summary(el)).to.contain('Đây là số máy bàn');
    await switchTo(el, 'en', 'Register with a signing SIM');
    await waitFor(() => fieldError(el, 'phone').includes('This is a landline number'), { message: 'in English at the field' });
    expect(summary(el)).to.contain('This is a landline number').and.not.contain('số máy bàn');
    expect(getByLabel(el, 'Phone number of the signing SIM').value).to.equal('0912 345 678');
  });

  it("SIM ký số: the wait's announcement", async () => {
    const el = await widget({ subjects: 'citizen', methods: 'sim' });
    await waitFor(() => stepHeading(el) === 'Đăng ký bằng SIM ký số');
    await type(getByLabel(el, 'Số điện thoại của SIM ký số'), '0912 345 678');
    await press('Enter');
    const waiting = 'Kiểm tra điện thoại: xác nhận và nhập mã PIN của SIM ký số';
    await waitFor(() => stepHeading(el) === waiting, { message: 'waiting screen' });
    await waitFor(() => announcements(el).some((a) => a.startsWith('Đã gửi yêu cầu. Bạn có khoảng')), { message: 'the start announced' });
    await switchTo(el, 'en', "Check your phone: confirm and enter your signing SIM's PIN");
    await waitFor(() => announcements(el).some((a) => a.startsWith('Request sent. You have about')), { message: 'in English' });
    expect(announcements(el).join(' ')).to.not.contain('Đã gửi yêu cầu');
  });

  it("SIM ký số: the holder step's refused captcha, at the field and in the summary", async () => {
    const el = await widget({ subjects: 'citizen', methods: 'sim' });
    await waitFor(() => stepHeading(el) === 'Đăng ký bằng SIM ký số');
    await type(getByLabel(el, 'Số điện thoại của SIM ký số'), '0912 345 678');
    await press('Enter');
    await waitFor(() => stepHeading(el) === 'Kiểm tra điện thoại: xác nhận và nhập mã PIN của SIM ký số', { message: 'waiting screen' });
    remoteSigningMock.act(remoteSigningMock.last()!.id, 'confirm');
    await waitFor(() => stepHeading(el) === 'Thông tin chủ chứng thư số', { timeout: 15_000, message: 'holder step' });
    await captchaAnswer(el);
    await type(getByLabel(el, 'Mã xác thực'), 'WRONG');
    getButton(el, 'Đăng ký').click();
    await waitFor(() => fieldError(el, 'captcha').includes('Mã xác thực không đúng hoặc đã hết hạn'), { message: 'the Vietnamese refusal' });
    expect(summary(el)).to.contain('Mã xác thực không đúng');
    await switchTo(el, 'en', 'Certificate holder');
    await waitFor(() => fieldError(el, 'captcha').includes('The verification code was wrong or has expired'), { message: 'in English' });
    expect(summary(el)).to.contain('The verification code was wrong or has expired');
    expect(visibleText(el)).to.not.contain('Mã xác thực không đúng');
  });
});
