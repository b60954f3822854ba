import { expect } from '@open-wc/testing';
import type { DvcCompleteEvent } from '../../src/events/complete.js';
import { FakeSigningPlugin } from '../../src/signing/fake.js';
import { signingMockBackend } from '../../src/mocks/signing.js';
import { clean, deepQueryAll, focused, getButton, getByLabel, getRadio, stepHeading, visibleText, waitFor } from '../helpers/dom.js';
import { tabAndType } from '../helpers/phone-journey.js';
import { press, tabTo } from '../helpers/user.js';
import { captchaAnswer, widget } from '../helpers/widget.js';

const WORDS = {
  vi: {
    subjects: { citizen: 'Công dân', business: 'Doanh nghiệp', agency: 'Cơ quan nhà nước' },
    continue: 'Tiếp tục',
    usb: 'USB ký số',
    ready: 'Đã sẵn sàng ký số',
    sign: 'Ký số',
    details: 'Xác nhận thông tin đăng ký',
    email: 'Email',
    captcha: 'Mã xác thực',
    register: 'Đăng ký',
    done: 'Đăng ký thành công',
  },
  en: {
    subjects: { citizen: 'Citizen', business: 'Business', agency: 'State agency' },
    continue: 'Continue',
    usb: 'USB signing token',
    ready: 'Ready to sign',
    sign: 'Sign',
    details: 'Confirm your registration details',
    email: 'Email',
    captcha: 'Verification code',
    register: 'Register',
    done: 'Registration complete',
  },
} as const;

const IDENTIFIER = { citizen: '001099012345', business: '0100233488', agency: '1012345' } as const;

/** Presses an arrow key until the radio is checked (the order of the cards is the portal's). */
async function arrowTo(radio: HTMLInputElement): Promise<void> {
  for (let i = 0; i < 8 && !radio.checked; i++) await press('ArrowDown');
  expect(radio.checked, 'reached by arrow keys').to.equal(true);
}

for (const locale of ['vi', 'en'] as const) {
  const w = WORDS[locale];
  for (const subject of ['citizen', 'business', 'agency'] as const) {
    describe(`USB-token registration of a ${subject}, keyboard only, in ${locale}`, () => {
      beforeEach(() => signingMockBackend.reset());

      it('goes from the subject to the account with the fake plugin, axe-clean at every step', async () => {
        const el = await widget({ lang: locale });
        const plugin = new FakeSigningPlugin({ holder: subject });
        el.signingPlugin = plugin;
        const completed = new Promise<DvcCompleteEvent>((resolve) => el.addEventListener('dvc-complete', (e) => resolve(e as DvcCompleteEvent), { once: true }));

        // Subject step: more than one subject has a method now.
        await waitFor(() => getRadio(el, w.subjects.citizen));
        expect(stepHeading(el)).to.not.equal('');
        await expect(el).to.be.accessible();
        await tabTo(getRadio(el, w.subjects.citizen));
        await arrowTo(getRadio(el, w.subjects[subject]));
        await tabTo(getButton(el, w.continue));
        await press('Enter');

        if (subject === 'citizen') {
          // Citizens have several methods: choose the token.
          await waitFor(() => getRadio(el, w.usb));
          await waitFor(() => focused()?.localName === 'h3', { message: 'focus on the method heading' });
          await tabTo(deepQueryAll<HTMLInputElement>(el, 'input[type=radio]').find((r) => r.checked) ?? deepQueryAll<HTMLInputElement>(el, 'input[type=radio]')[0]!);
          await arrowTo(getRadio(el, w.usb));
          await tabTo(getButton(el, w.continue));
          await press('Enter');
        }

        // The plugin check finds the fake plugin.
        await waitFor(() => stepHeading(el) === w.ready, { message: 'plugin found' });
        await waitFor(() => focused()?.localName === 'h3', { message: 'focus on the step heading' });
        await expect(el).to.be.accessible();
        await tabTo(getButton(el, w.continue));
        await press('Enter');

        // Signing: the PIN belongs to the plugin's window; the page has no PIN field.
        await waitFor(() => getButton(el, w.sign));
        await waitFor(() => focused()?.localName === 'h3', { message: 'focus on the signing heading' });
        expect(deepQueryAll(el, 'input[type=password]')).to.have.length(0);
        await expect(el).to.be.accessible();
        await tabTo(getButton(el, w.sign));
        await press('Enter');

        await waitFor(() => stepHeading(el) === w.details, { message: 'holder details' });
        await waitFor(() => focused()?.localName === 'h3', { message: 'focus on the new heading' });
        expect(deepQueryAll(el, 'dd').map((d) => clean(d.textContent))).to.include(IDENTIFIER[subject]);
        expect(plugin.signed).to.have.length(1);
        await captchaAnswer(el);
        await expect(el).to.be.accessible();
        await tabAndType(getByLabel(el, w.email), 'lien.he@example.vn');
        await tabAndType(getByLabel(el, w.captcha), (await captchaAnswer(el)).toLowerCase());
        await tabTo(getButton(el, w.register));
        await press('Enter');

        await waitFor(() => stepHeading(el) === w.done, { message: 'done' });
        await waitFor(() => visibleText(el).includes(IDENTIFIER[subject]), { message: 'the account name' });
        await expect(el).to.be.accessible();
        const event = await completed;
        expect(event.detail).to.deep.equal({ subject, method: 'usb', username: IDENTIFIER[subject] });
        expect(clean(JSON.stringify(event.detail))).to.not.match(/pin|signature|captcha/i);
      });
    });
  }
}
