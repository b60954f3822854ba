/**
 * The USB token's last step ("Xác nhận thông tin đăng ký") answered `registration_expired`: the
 * registration the signature started is gone, and the token journey has no details form to send
 * again. The alert says to sign again, its button says so and leads to the signing step, and what
 * was typed on the contact step is still there after the new signature.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { signingMockBackend } from '../../src/mocks/signing.js';
import { FakeSigningPlugin } from '../../src/signing/fake.js';
import { clean, deepQueryAll, focused, getButton, getByLabel, queryButton, stepHeading, waitFor } from '../helpers/dom.js';
import { useMockBackend } from '../helpers/mock-worker.js';
import { press, tabTo, type } from '../helpers/user.js';
import { captchaAnswer, widget } from '../helpers/widget.js';

const W = {
  vi: {
    ready: 'Đã sẵn sàng ký số',
    continue: 'Tiếp tục',
    sign: 'Ký số',
    signHeading: 'Ký số để xác nhận',
    details: 'Xác nhận thông tin đăng ký',
    captcha: 'Mã xác thực',
    register: 'Đăng ký',
    expired: 'Phiên đăng ký đã hết hạn. Hãy ký số lại bằng USB ký số để bắt đầu lại',
    signAgain: 'Ký số lại',
    backToDetails: 'Quay lại thông tin đăng ký',
  },
  en: {
    ready: 'Ready to sign',
    continue: 'Continue',
    sign: 'Sign',
    signHeading: 'Sign to confirm',
    details: 'Confirm your registration details',
    captcha: 'Verification code',
    register: 'Register',
    expired: 'The registration session has expired. Sign again with your USB token to start over',
    signAgain: 'Sign again',
    backToDetails: 'Back to your registration details',
  },
} as const;

const EXPIRED = { type: 'about:blank', title: 'Expired', status: 404, code: 'registration_expired' };

async function pressButton(el: Element, name: string): Promise<void> {
  await tabTo(getButton(el, name));
  await press('Enter');
}

for (const locale of ['vi', 'en'] as const) {
  const w = W[locale];
  describe(`the USB token's registration expired at its last step, in ${locale}`, () => {
    it('says to sign again, and its button signs again with what was typed kept', async () => {
      signingMockBackend.reset();
      const el = await widget({ lang: locale, subjects: 'business', methods: 'usb' });
      const plugin = new FakeSigningPlugin({ holder: 'business' });
      el.signingPlugin = plugin;
      await waitFor(() => stepHeading(el) === w.ready, { message: 'plugin found' });
      await pressButton(el, w.continue);
      await waitFor(() => queryButton(el, w.sign), { message: 'sign button' });
      await pressButton(el, w.sign);
      await waitFor(() => stepHeading(el) === w.details, { message: 'holder details' });

      (await useMockBackend()).use(
        http.post(/\/registrations\/[^/]+\/complete$/, () => HttpResponse.json(EXPIRED, { status: 404, headers: { 'Content-Type': 'application/problem+json' } }), {
          once: true,
        }),
      );
      const email = getByLabel(el, 'Email');
      await tabTo(email);
      await type(email, 'vanthu@example.vn');
      const captcha = getByLabel(el, w.captcha);
      await tabTo(captcha);
      await type(captcha, await captchaAnswer(el));
      await press('Enter');

      const alert = await waitFor(() => deepQueryAll(el, '[data-alert]').find((a) => clean(a.textContent).includes(w.expired)), { message: 'the expired alert' });
      await waitFor(() => focused() === alert, { message: 'the alert has focus' });
      // Nothing offers a details form the token journey does not have.
      expect(queryButton(el, w.backToDetails)).to.equal(undefined);
      await expect(el).to.be.accessible();

      await pressButton(el, w.signAgain);
      await waitFor(() => stepHeading(el) === w.signHeading, { message: 'the signing step' });
      await pressButton(el, w.sign);
      await waitFor(() => stepHeading(el) === w.details, { message: 'holder details after the new signature' });
      expect(plugin.signed).to.have.length(2);
      expect(getByLabel(el, 'Email').value, 'the email typed before is kept').to.equal('vanthu@example.vn');
    });
  });
}
