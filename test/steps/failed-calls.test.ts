/**
 * What a person can do after a call fails, on every step alike: "Thử lại" repeats exactly the call
 * that failed, and a 429/503 wait (Retry-After) is shown as a countdown with the call held back.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { mockBackend } from '../../src/mocks/backend.js';
import { MOCK_BASE } from '../../src/mocks/handlers.js';
import { scenarios } from '../../src/mocks/scenarios.js';
import { useMockBackend } from '../helpers/mock-worker.js';
import { announcements, clean, deepQueryAll, focused, getButton, getByLabel, queryButton, stepHeading, visibleText, waitFor } from '../helpers/dom.js';
import { PERSON, WORDS, enterPassword, fillDetails, submitDetails, toOtp, toPassword } from '../helpers/phone-journey.js';
import { press, type } from '../helpers/user.js';
import { captchaAnswer, phoneWidget } from '../helpers/widget.js';

const resendUrl = `${MOCK_BASE}/registrations/:id/otp`;
const verifyUrl = `${MOCK_BASE}/registrations/:id/otp/verify`;
const passwordUrl = `${MOCK_BASE}/registrations/:id/password`;

const problem = (status: number, code: string, headers: Record<string, string> = {}) =>
  HttpResponse.json({ type: 'about:blank', title: 'x', status, code }, { status, headers: { 'Content-Type': 'application/problem+json', ...headers } });

/** Counts the requests to a path, letting them through to the mock backend. */
function counter(url: string): { handler: ReturnType<typeof http.post>; count: () => number } {
  let n = 0;
  return {
    handler: http.post(url, () => {
      n += 1;
      return undefined;
    }),
    count: () => n,
  };
}

const alertOf = (el: Element) => deepQueryAll(el, '[data-alert]')[0];

describe('"Thử lại" repeats exactly the call that failed', () => {
  it('after a failed OTP resend it resends, and does not submit the code form', async () => {
    mockBackend.timing.otpResendAfter = 0;
    const worker = await useMockBackend();
    const verifies = counter(verifyUrl);
    const resends = counter(resendUrl);
    worker.use(verifies.handler, resends.handler, http.post(resendUrl, () => new HttpResponse(null, { status: 500 }), { once: true }));
    const el = await phoneWidget();
    await toOtp(el, 'vi');
    getButton(el, WORDS.vi.resend).click();
    const alert = await waitFor(() => alertOf(el), { message: 'the failure alert' });
    expect(clean(alert.textContent)).to.contain('Hệ thống đang gặp sự cố');
    // A code typed meanwhile must not be sent by "try again" (the old submit button did just that).
    await type(getByLabel(el, WORDS.vi.otp), '123456');
    const retry = getButton(alert, WORDS.vi.retry);
    expect(retry.getAttribute('type')).to.equal('button');
    retry.click();
    await waitFor(() => announcements(el).some((a) => a.startsWith('Đã gửi mã mới')), { message: 'the resend went again' });
    expect(resends.count()).to.equal(2);
    expect(verifies.count()).to.equal(0);
    expect(stepHeading(el)).to.equal(WORDS.vi.otpHeading);
  });

  it('after a failed password call it sends the same password again', async () => {
    const worker = await useMockBackend();
    worker.use(http.post(passwordUrl, () => HttpResponse.error(), { once: true }));
    const el = await phoneWidget({ lang: 'en' });
    await toOtp(el, 'en');
    await toPassword(el, 'en');
    await type(getByLabel(el, WORDS.en.password), 'Abcdef1!x');
    await type(getByLabel(el, WORDS.en.confirmPassword), 'Abcdef1!x');
    await press('Enter');
    const alert = await waitFor(() => alertOf(el), { message: 'the failure alert' });
    expect(clean(alert.textContent)).to.contain('Could not connect to the system');
    await waitFor(() => focused() === alert);
    getButton(alert, WORDS.en.retry).click();
    await waitFor(() => stepHeading(el) === WORDS.en.doneHeading, { message: 'the account was created on retry' });
  });
});

describe('a redirect from the backend', () => {
  it('is not followed: a clear message, everything kept, and "try again" registers', async () => {
    const elsewhere: string[] = [];
    (await useMockBackend()).use(
      ...scenarios.redirected(),
      http.all('https://collector.example/*', ({ request }) => {
        elsewhere.push(request.url);
        return HttpResponse.json({ id: 'stolen' }, { status: 201 });
      }),
    );
    const el = await phoneWidget({ lang: 'en' });
    await fillDetails(el, 'en');
    await submitDetails(el, 'en');
    const alert = await waitFor(() => alertOf(el), { message: 'the failure alert' });
    expect(clean(alert.textContent)).to.contain('The request was redirected to another address');
    expect(elsewhere).to.deep.equal([]);
    expect(getByLabel(el, WORDS.en.idNumber).value).to.equal(PERSON.idNumber);
    getButton(alert, WORDS.en.retry).click();
    await waitFor(() => stepHeading(el) === WORDS.en.otpHeading, { message: 'registered on retry' });
  });
});

describe('one wait rule for every call: 429 and 503 with Retry-After', () => {
  it('a rate-limited OTP check shows the wait and sends nothing until it is over', async () => {
    const worker = await useMockBackend();
    const verifies = counter(verifyUrl);
    worker.use(http.post(verifyUrl, () => problem(429, 'rate_limited', { 'Retry-After': '30' }), { once: true }), verifies.handler);
    const el = await phoneWidget({ lang: 'en' });
    await toOtp(el, 'en');
    await type(getByLabel(el, WORDS.en.otp), mockBackend.lastOtp()!.code);
    await press('Enter');
    const alert = await waitFor(() => alertOf(el), { message: 'the failure alert' });
    expect(clean(alert.textContent)).to.contain('You tried too many times');
    expect(visibleText(el)).to.match(/Try again in 0:(30|29)/);
    expect(queryButton(alert, WORDS.en.retry), 'no retry during the wait').to.equal(undefined);
    // Said disabled, as "Register" is during its own wait: pressing it can send nothing.
    expect(getButton(el, WORDS.en.confirmOtp).getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
    const before = verifies.count();
    getButton(el, WORDS.en.confirmOtp).click();
    await press('Enter');
    await waitFor(() => focused() === alertOf(el), { message: 'a press during the wait is answered by the alert' });
    expect(verifies.count()).to.equal(before);
  });

  it('a 503 with Retry-After on the password call: countdown, then "try again" works', async () => {
    const worker = await useMockBackend();
    worker.use(http.post(passwordUrl, () => problem(503, 'server_error', { 'Retry-After': '2' }), { once: true }));
    const el = await phoneWidget();
    await toOtp(el, 'vi');
    await toPassword(el, 'vi');
    await enterPassword(el, 'vi');
    const alert = await waitFor(() => alertOf(el), { message: 'the failure alert' });
    expect(visibleText(el)).to.match(/Thử lại sau 0:0[12]/);
    expect(queryButton(alert, WORDS.vi.retry)).to.equal(undefined);
    expect(getButton(el, WORDS.vi.finish).getAttribute('aria-disabled'), 'disabled during the wait').to.equal('true');
    await waitFor(() => announcements(el).includes('Bạn có thể thử lại ngay bây giờ.'), { timeout: 6000, message: 'the wait ended' });
    expect(getButton(el, WORDS.vi.finish).getAttribute('aria-disabled'), 'enabled once it ends').to.equal('false');
    getButton(alertOf(el)!, WORDS.vi.retry).click();
    await waitFor(() => stepHeading(el) === WORDS.vi.doneHeading);
  });

  it('a rate-limited captcha shows the wait and loads the image by itself when it ends', async () => {
    const worker = await useMockBackend();
    worker.use(http.post(`${MOCK_BASE}/captcha`, () => problem(429, 'rate_limited', { 'Retry-After': '2' }), { once: true }));
    const el = await phoneWidget();
    await waitFor(() => /Thử lại sau 0:0[12]/.test(visibleText(el)), { message: 'the captcha wait' });
    const newImage = getButton(el, WORDS.vi.newImage);
    expect(newImage.getAttribute('aria-disabled')).to.equal('true');
    await captchaAnswer(el);
    expect(visibleText(el)).to.not.contain('Thử lại sau');
  });
});

describe('a resend answer that comes after its step is gone', () => {
  it('is dropped, and the step made again goes on counting instead of starting over', async () => {
    mockBackend.timing.otpResendAfter = 1;
    const worker = await useMockBackend();
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let reached = false;
    let answered = false;
    worker.use(
      http.post(resendUrl, async () => {
        reached = true;
        await released;
        answered = true;
        return undefined;
      }),
    );
    const el = await phoneWidget();
    await toOtp(el, 'vi');
    const resend = await waitFor(() => queryButton(el, WORDS.vi.resend), { message: 'the resend button' });
    resend.click();
    getButton(el, WORDS.vi.back).click();
    await waitFor(() => stepHeading(el) === WORDS.vi.detailsHeading);
    expect(getByLabel(el, WORDS.vi.idNumber).value).to.equal(PERSON.idNumber);
    await submitDetails(el, 'vi');
    await waitFor(() => stepHeading(el) === WORDS.vi.otpHeading, { message: 'back on the OTP step' });
    // The challenge's resend wait was over before; the new step must not start it again.
    expect(visibleText(el)).to.not.match(/Gửi lại mã sau/);
    expect(queryButton(el, WORDS.vi.resend)).to.not.equal(undefined);
    // Now the old answer arrives: nothing may change on the step shown.
    release();
    // Firefox may drop the aborted request before it reaches the mock worker: then there is no
    // late answer to wait for, and the step must be just as unchanged.
    if (reached) await waitFor(() => answered, { message: 'the late answer' });
    await new Promise((r) => setTimeout(r, 0));
    await (deepQueryAll(el, 'dvc-step-otp')[0] as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(announcements(el).some((a) => a.startsWith('Đã gửi mã mới'))).to.equal(false);
    expect(queryButton(el, WORDS.vi.resend)).to.not.equal(undefined);
  });
});
