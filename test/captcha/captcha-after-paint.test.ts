/**
 * A form with a captcha is shown first and asks for its captcha once it is on screen: starting a
 * request costs a cheap phone's main thread several ms, which the step change would otherwise wait
 * for (README, Performance). Meanwhile the captcha says it is loading, never that it failed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { Captcha, RegistrationApi } from '../../src/api/types.js';
import '../../src/dvc-register.js';
import type { DvcRegister } from '../../src/register/dvc-register.js';
import { clean, deepQueryAll, waitFor } from '../helpers/dom.js';

const IMAGE = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="160" height="50"><text x="10" y="30">AB12</text></svg>')}`;

describe('the captcha of a form', () => {
  it('is asked for after the form’s first render, which says the image is loading', async () => {
    const asked: number[] = [];
    const api = {
      createCaptcha: async (): Promise<Captcha> => {
        asked.push(performance.now());
        return { id: 'c1', image: IMAGE, expiresIn: 300 };
      },
    } as unknown as RegistrationApi;
    const el = await fixture<DvcRegister>(html`<dvc-register methods="phone" draft="off" .api=${api}></dvc-register>`);
    await customElements.whenDefined('dvc-step-details');
    const step = el.shadowRoot!.querySelector('dvc-step-details')!;
    await step.updateComplete;
    expect(asked, 'no request before the form is on screen').to.deep.equal([]);
    expect(clean(deepQueryAll(el, '.captcha-placeholder')[0]?.textContent)).to.equal('Đang tải ảnh…');

    await waitFor(() => deepQueryAll<HTMLImageElement>(el, '.captcha img')[0], { message: 'the captcha image' });
    expect(asked).to.have.length(1);
  });
});
