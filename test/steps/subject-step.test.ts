import { expect, fixture, html } from '@open-wc/testing';
import { setLocale } from '../../src/localization/locale.js';
import type { Method, Offer, Subject } from '../../src/flow/catalog.js';
import { initialState, transition, type FlowState } from '../../src/flow/flow.js';
import { FlowEventRequest } from '../../src/steps/step-element.js';
import '../../src/steps/subject/subject-step.js';
import '../../src/steps/method/method-step.js';
import { clean, deepQueryAll, focused, getButton, getRadio, visibleText, waitFor } from '../helpers/dom.js';
import { press, tabTo } from '../helpers/user.js';

/**
 * The subject step, driven by the flow as the host drives it. With the methods built so far only
 * citizens have one, so the widget itself skips this step; here a portal offer with every subject
 * shows it as it will appear once business and agency methods exist.
 */
const offer: Offer = {
  subjects: ['citizen', 'business', 'agency'] as Subject[],
  methods: { citizen: ['phone', 'bhxh'] as Method[], business: ['usb', 'sim'] as Method[], agency: ['usb'] as Method[] },
};

const WORDS = {
  vi: { heading: 'Bạn đăng ký tài khoản cho ai?', business: 'Doanh nghiệp', continue: 'Tiếp tục', required: 'Chọn đối tượng đăng ký.', method: 'Chọn cách đăng ký', usb: 'USB ký số' },
  en: { heading: 'Who are you registering an account for?', business: 'Business', continue: 'Continue', required: 'Choose who is registering.', method: 'Choose how to register', usb: 'USB signing token' },
} as const;

for (const locale of ['vi', 'en'] as const) {
  const w = WORDS[locale];

  describe(`choosing a subject, in ${locale}`, () => {
    it('is done by keyboard, asks when nothing is chosen, and leads to that subject’s methods', async () => {
      await setLocale(locale);
      let state: FlowState = initialState(offer);
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const show = async () => {
        host.replaceChildren();
        const step = document.createElement(state.step === 'subject' ? 'dvc-step-subject' : 'dvc-step-method') as HTMLElement & { state: FlowState };
        step.state = state;
        step.addEventListener(FlowEventRequest.type, (e) => {
          state = transition(state, (e as FlowEventRequest).flowEvent);
          void show();
        });
        host.append(step);
        await waitFor(() => deepQueryAll(host, 'h3').length > 0);
      };
      await show();
      expect(clean(deepQueryAll(host, 'h3')[0]!.textContent)).to.equal(w.heading);

      await tabTo(getButton(host, w.continue));
      await press('Enter');
      await waitFor(() => visibleText(host).includes(w.required));
      // As on every form: the error summary is read out, and its link leads to the choices.
      expect(focused()?.getAttribute('role')).to.equal('alert');
      await press('Tab');
      expect(clean(focused()?.textContent)).to.equal(w.required);
      await press('Enter');
      expect(focused() === getRadio(host, locale === 'vi' ? 'Công dân' : 'Citizen')).to.equal(true);
      await press('ArrowDown');
      expect(getRadio(host, w.business).checked).to.equal(true);
      await tabTo(getButton(host, w.continue));
      await press('Enter');
      await waitFor(() => state.step === 'method');
      expect(state.subject).to.equal('business');
      await waitFor(() => clean(deepQueryAll(host, 'h3')[0]?.textContent) === w.method);
      expect(deepQueryAll(host, '.choice-label').map((l) => clean(l.textContent))).to.include(w.usb);
      await expect(host).to.be.accessible();
    });
  });
}
