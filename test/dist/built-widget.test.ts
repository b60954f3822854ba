/**
 * The built, minified bundle (dist/, made by `npm run build` before the tests) in a real page:
 * minifying templates and splitting chunks must not change what a person sees or can do.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { startMockWorker } from '../../src/mocks/browser.js';
import { deepQueryAll, getButton, stepHeading, waitFor } from '../helpers/dom.js';

describe('the built widget (dist/dvc-register.js)', () => {
  before(async () => {
    await startMockWorker();
    // @ts-expect-error: the built file has no type declarations; it is tested as a page loads it.
    await import('../../dist/dvc-register.js');
  });

  it('shows the method choice, switches to English, and loads the Vietnam Post form on demand', async () => {
    const el = await fixture<HTMLElement>(html`<dvc-register></dvc-register>`);
    await waitFor(() => stepHeading(el) === 'Chọn cách đăng ký');
    getButton(el, 'English').click();
    await waitFor(() => stepHeading(el) === 'Choose how to register');
    deepQueryAll<HTMLInputElement>(el, '#method-vnpost')[0]!.click();
    getButton(el, 'Continue').click();
    await waitFor(() => stepHeading(el) === 'Enter your registration details');
    // The address picker arrives in its own chunk and upgrades in place.
    await waitFor(() => deepQueryAll(el, 'dvc-address-picker').every((p) => p.shadowRoot?.querySelector('input')), {
      message: 'address pickers upgraded',
    });
    await expect(el).to.be.accessible();
  });
});
