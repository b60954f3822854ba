/**
 * The contact fields after a signature, on the USB token's step ("Xác nhận thông tin đăng ký") and
 * the remote-signing holder step (SIM ký số, VNPT SmartCA), answer as the details form does
 * (phone-details.test.ts): a field left with something wrong in it says so at once, at the field;
 * a field left empty says nothing until "Đăng ký", since people tab through a form before filling it.
 * On all three, a message at the captcha goes with the first key typed, as at any other field.
 */
import { expect } from '@open-wc/testing';
import type { DvcRegister } from '../../src/register/dvc-register.js';
import { remoteSigningMock } from '../../src/mocks/remote-signing.js';
import { signingMockBackend } from '../../src/mocks/signing.js';
import { FakeSigningPlugin } from '../../src/signing/fake.js';
import { http, HttpResponse } from 'msw';
import { clean, deepQueryAll, focused, getButton, getByLabel, stepHeading, visibleText, waitFor } from '../helpers/dom.js';
import { useMockBackend } from '../helpers/mock-worker.js';
import { press, type } from '../helpers/user.js';
import { captchaAnswer, phoneWidget, widget } from '../helpers/widget.js';

const POLL_WAIT = { timeout: 15_000 };

/** A business's USB token, signed with the fake plugin: its holder step. */
async function usbHolderStep(): Promise<DvcRegister> {
  signingMockBackend.reset();
  const el = await widget({ subjects: 'business', methods: 'usb' });
  el.signingPlugin = new FakeSigningPlugin({ holder: 'business' });
  await waitFor(() => stepHeading(el) === 'Đã sẵn sàng ký số', { message: 'plugin found' });
  getButton(el, 'Tiếp tục').click();
  (await waitFor(() => deepQueryAll<HTMLButtonElement>(el, 'button.primary').find((b) => clean(b.textContent) === 'Ký số'), { message: 'sign button' })).click();
  await waitFor(() => stepHeading(el) === 'Xác nhận thông tin đăng ký', { message: 'holder details' });
  return el;
}

/** A business's SIM ký số, confirmed on the phone: its holder step. */
async function remoteHolderStep(): Promise<DvcRegister> {
  remoteSigningMock.reset();
  const el = await widget({ subjects: 'business', methods: 'sim' });
  await waitFor(() => stepHeading(el) === 'Đăng ký bằng SIM ký số', { message: 'SIM form' });
  await type(getByLabel(el, 'Số điện thoại của SIM ký số'), '0912345678');
  getButton(el, 'Đăng ký').click();
  await waitFor(() => remoteSigningMock.last() !== undefined, { message: 'request sent' });
  remoteSigningMock.act(remoteSigningMock.last()!.id, 'confirm');
  await waitFor(() => stepHeading(el) === 'Thông tin chủ chứng thư số', { ...POLL_WAIT, message: 'holder step' });
  return el;
}

/** The message shown at an input (its aria-describedby error), or undefined. */
function errorAt(el: DvcRegister, input: HTMLInputElement): string | undefined {
  if (input.getAttribute('aria-invalid') !== 'true') return undefined;
  const error = deepQueryAll(el, `#${input.id}-error`)[0];
  expect(input.getAttribute('aria-describedby'), 'the message is tied to its input').to.contain(error?.id);
  return clean(error?.textContent);
}

for (const [name, holderStep] of [
  ['the USB token', usbHolderStep],
  ['SIM ký số', remoteHolderStep],
] as const) {
  describe(`the contact fields after signing with ${name}`, () => {
    it('say what is wrong with an email as soon as the field is left', async () => {
      const el = await holderStep();
      const email = getByLabel(el, 'Email');
      await type(email, 'ketoan@saomai');
      expect(errorAt(el, email), 'nothing while typing').to.equal(undefined);
      await press('Tab');
      await waitFor(() => errorAt(el, email) !== undefined, { message: 'a message at the email' });
      expect(errorAt(el, email)).to.match(/^Lỗi: .*email/i);
      // Put right, the message goes as it is typed.
      await type(email, 'ketoan@saomai.vn');
      await waitFor(() => errorAt(el, email) === undefined, { message: 'the message gone' });
    });

    it('say nothing about an empty required email until "Đăng ký", then name it', async () => {
      const el = await holderStep();
      const email = getByLabel(el, 'Email');
      email.focus();
      await press('Tab');
      expect(focused()).to.not.equal(email);
      // Give a late render its chance to show a message it should not.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(errorAt(el, email)).to.equal(undefined);
      getButton(el, 'Đăng ký').click();
      await waitFor(() => errorAt(el, email) !== undefined, { message: 'a message at the email' });
      expect(errorAt(el, email)).to.match(/^Lỗi: /);
    });
  });
}

describe('the phone field after signing with the USB token', () => {
  it('says what is wrong with the number as soon as the field is left', async () => {
    const el = await usbHolderStep();
    const phone = getByLabel(el, 'Số điện thoại di động');
    await type(phone, '0241234');
    await press('Tab');
    await waitFor(() => errorAt(el, phone) !== undefined, { message: 'a message at the phone' });
    expect(errorAt(el, phone)).to.match(/^Lỗi: /);
  });
});

for (const [name, step] of [
  ['the phone details form', () => phoneWidget()],
  ['the USB token', usbHolderStep],
  ['SIM ký số', remoteHolderStep],
] as const) {
  describe(`the captcha on ${name}`, () => {
    it('drops its "required" message at the first key typed, before the field is left', async () => {
      const el = await step();
      await captchaAnswer(el);
      const captcha = getByLabel(el, 'Mã xác thực');
      getButton(el, 'Đăng ký').click();
      await waitFor(() => errorAt(el, captcha) !== undefined, { message: 'a message at the captcha' });
      expect(errorAt(el, captcha)).to.match(/^Lỗi: /);
      await type(captcha, 'A');
      await waitFor(() => errorAt(el, captcha) === undefined, { message: 'the message gone while typing' });
      expect(focused(), 'still typing in it').to.equal(captcha);
    });
  });
}

/** The last call of each holder step, answered 404 `registration_expired` (documented for both). */
const EXPIRED = { type: 'about:blank', title: 'Expired', status: 404, code: 'registration_expired' };

for (const [name, step, path] of [
  ['the USB token', usbHolderStep, /\/registrations\/[^/]+\/complete$/],
  ['SIM ký số', remoteHolderStep, /\/remote-signing\/transactions\/[^/]+\/account$/],
] as const) {
  describe(`a refusal on ${name}’s last step`, () => {
    it('renews the captcha without blaming the person for its now empty field', async () => {
      const el = await step();
      (await useMockBackend()).use(
        http.post(path, () => HttpResponse.json(EXPIRED, { status: 404, headers: { 'Content-Type': 'application/problem+json' } }), { once: true }),
      );
      // A business's email is required.
      await type(getByLabel(el, 'Email'), 'vanthu@example.vn');
      const captcha = getByLabel(el, 'Mã xác thực');
      await type(captcha, await captchaAnswer(el));
      getButton(el, 'Đăng ký').click();
      await waitFor(() => visibleText(el).includes('Phiên đăng ký đã hết hạn'), { message: 'the refusal' });
      await waitFor(() => captcha.value === '', { message: 'the captcha renewed' });
      expect(errorAt(el, captcha), 'no "required" at the renewed captcha').to.equal(undefined);
      expect(deepQueryAll(el, '[data-error-summary]').filter((s) => clean(s.textContent) !== ''), 'no error summary').to.deep.equal([]);
    });
  });
}
