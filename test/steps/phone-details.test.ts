import { expect } from '@open-wc/testing';
import { mockBackend } from '../../src/mocks/backend.js';
import { scenarios } from '../../src/mocks/scenarios.js';
import { useMockBackend } from '../helpers/mock-worker.js';
import { clean, deepQueryAll, focused, getButton, getByLabel, stepHeading, visibleText, waitFor } from '../helpers/dom.js';
import { PERSON, fillDetails, submitDetails, toOtp } from '../helpers/phone-journey.js';
import { press, type } from '../helpers/user.js';
import { captchaAnswer, phoneWidget } from '../helpers/widget.js';

/** Counts the requests that start a registration (each one sends an SMS in real life). */
async function countStarts(): Promise<{ count: number }> {
  const worker = await useMockBackend();
  const counter = { count: 0 };
  worker.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/registrations')) counter.count++;
  });
  return counter;
}

describe('the phone details step', () => {
  it('marks required fields for eyes and for screen readers, with the right input types', async () => {
    const el = await phoneWidget();
    const id = getByLabel(el, 'Số CCCD/CMND');
    expect(clean(id.labels![0]!.textContent)).to.equal('Số CCCD/CMND* (bắt buộc)');
    expect(clean(getByLabel(el, 'Email').labels![0]!.textContent)).to.equal('Email');
    expect(id.inputMode).to.equal('numeric');
    expect(getByLabel(el, 'Họ và tên').autocomplete).to.equal('name');
    expect(getByLabel(el, 'Ngày sinh').getAttribute('autocomplete')).to.equal('bday'); // the attribute: Firefox's property reflects fewer tokens
    const phone = getByLabel(el, 'Số điện thoại di động');
    expect([phone.type, phone.autocomplete, phone.inputMode]).to.deep.equal(['tel', 'tel', 'tel']);
    const email = getByLabel(el, 'Email');
    expect([email.type, email.autocomplete]).to.deep.equal(['email', 'email']);
  });

  it('makes email required when configured', async () => {
    const el = await phoneWidget({ email: 'required' });
    expect(clean(getByLabel(el, 'Email').labels![0]!.textContent)).to.equal('Email* (bắt buộc)');
  });

  it('shows an inline message once a field was left, not while typing for the first time', async () => {
    const el = await phoneWidget();
    const id = getByLabel(el, 'Số CCCD/CMND');
    await type(id, '00109901');
    expect(id.getAttribute('aria-invalid')).to.equal(null);
    await press('Tab');
    await waitFor(() => id.getAttribute('aria-invalid') === 'true');
    const error = deepQueryAll(el, `#${id.id}-error`)[0]!;
    expect(clean(error.textContent)).to.match(/^Lỗi: .*12 chữ số/);
    expect(id.getAttribute('aria-describedby')).to.contain(error.id);
  });

  it('on "Đăng ký" with problems, focuses an error summary whose links lead to the fields', async () => {
    const counter = await countStarts();
    const el = await phoneWidget();
    await type(getByLabel(el, 'Họ và tên'), 'Nguyễn Văn An');
    await submitDetails(el, 'vi');
    const summary = await waitFor(() => deepQueryAll(el, '[data-error-summary]')[0]);
    await waitFor(() => focused() === summary);
    expect(summary.getAttribute('role')).to.equal('alert');
    const links = deepQueryAll<HTMLAnchorElement>(summary, 'a').map((a) => clean(a.textContent));
    expect(links).to.deep.equal(['Hãy nhập số CCCD.', 'Hãy nhập ngày sinh.', 'Hãy nhập số điện thoại di động.', 'Hãy nhập mã xác thực.']);
    deepQueryAll<HTMLAnchorElement>(summary, 'a')[2]!.click();
    expect(focused()).to.equal(getByLabel(el, 'Số điện thoại di động'));
    expect(location.hash).to.equal('');
    expect(getByLabel(el, 'Họ và tên').value).to.equal('Nguyễn Văn An');
    expect(counter.count).to.equal(0);
  });

  it('warns, without blocking, when the CCCD does not match the birth year', async () => {
    const el = await phoneWidget();
    await fillDetails(el, 'vi', { birthDate: '01/05/1998' });
    await press('Tab');
    await waitFor(() => visibleText(el).includes('Theo số CCCD, bạn sinh năm 1999'));
    await submitDetails(el, 'vi');
    await waitFor(() => stepHeading(el) === 'Nhập mã OTP');
  });

  it('does not send anything on a second press while the first is on its way', async () => {
    const counter = await countStarts();
    (await useMockBackend()).use(...scenarios.slow());
    const el = await phoneWidget();
    await fillDetails(el, 'vi');
    const button = getButton(el, 'Đăng ký');
    button.click();
    await waitFor(() => clean(getButton(el, /Đang gửi/).textContent) === 'Đang gửi…');
    getButton(el, /Đang gửi/).click();
    await press('Enter');
    await waitFor(() => stepHeading(el) === 'Nhập mã OTP', { timeout: 8000 });
    expect(counter.count).to.equal(1);
    expect(mockBackend.otpsSent()).to.have.length(1);
  });

  it('going back from the OTP step keeps every value and sends no new OTP unless the details changed', async () => {
    const counter = await countStarts();
    const el = await phoneWidget();
    await toOtp(el, 'vi');
    getButton(el, '‹ Quay lại').click();
    await waitFor(() => stepHeading(el) === 'Nhập thông tin đăng ký');
    expect(getByLabel(el, 'Số CCCD/CMND').value).to.equal(PERSON.idNumber);
    expect(getByLabel(el, 'Họ và tên').value).to.equal(PERSON.fullName);
    expect(getByLabel(el, 'Ngày sinh').value).to.equal(PERSON.birthDate);
    expect(getByLabel(el, 'Số điện thoại di động').value).to.equal(PERSON.phone);
    // Unchanged: on to the same OTP, no request, no captcha needed.
    expect(deepQueryAll(el, '.captcha')).to.have.length(0);
    await submitDetails(el, 'vi');
    await waitFor(() => stepHeading(el) === 'Nhập mã OTP');
    expect(counter.count).to.equal(1);

    // Changed: a new registration and a new OTP.
    getButton(el, '‹ Quay lại').click();
    await waitFor(() => stepHeading(el) === 'Nhập thông tin đăng ký');
    await type(getByLabel(el, 'Số điện thoại di động'), '0987 654 321');
    await type(getByLabel(el, 'Mã xác thực'), await captchaAnswer(el));
    await submitDetails(el, 'vi');
    await waitFor(() => stepHeading(el) === 'Nhập mã OTP');
    expect(counter.count).to.equal(2);
    expect(mockBackend.lastOtp()!.phone).to.equal('+84987654321');
  });

  it('sends the normalized details to the backend', async () => {
    const worker = await useMockBackend();
    const bodies: unknown[] = [];
    worker.events.on('request:start', async ({ request }) => {
      if (request.url.endsWith('/registrations')) bodies.push(await request.clone().json());
    });
    const el = await phoneWidget();
    await toOtp(el, 'vi', { fullName: '  Nguyễn   Văn An ', birthDate: '1/5/1999', phone: '+84 (912) 345-678' });
    expect(bodies).to.have.length(1);
    const body = bodies[0] as { details: unknown; subject: string; method: string };
    expect(body.subject).to.equal('citizen');
    expect(body.method).to.equal('phone');
    expect(body.details).to.deep.equal({ idNumber: '001099012345', fullName: 'Nguyễn Văn An', birthDate: '1999-05-01', phone: '+84912345678' });
  });
});
