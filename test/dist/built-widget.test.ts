/**
 * The built, minified bundle (dist/, made by `npm run build` before the tests) in a real page:
 * minifying templates and splitting chunks must not change what a person sees or can do.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { useMockBackend } from '../helpers/mock-worker.js';
import { FakeSigningPlugin } from '../../src/signing/fake.js';
import { deepQueryAll, getButton, queryButton, stepHeading, waitFor } from '../helpers/dom.js';
import { engine } from '../helpers/engine.js';
import { failModule } from '../helpers/requests.js';

describe('the built widget (dist/dvc-register.js)', () => {
  before(async () => {
    await useMockBackend();
    // @ts-expect-error: the built file has no type declarations; it is tested as a page loads it.
    await import('../../dist/dvc-register.js');
    // The entry is the loader: the element is defined once the core it imports has arrived.
    await customElements.whenDefined('dvc-register');
  });

  it('shows the subject and method choices, switches to English, and loads the Vietnam Post form on demand', async () => {
    const el = await fixture<HTMLElement>(html`<dvc-register></dvc-register>`);
    await waitFor(() => stepHeading(el) === 'Bạn đăng ký tài khoản cho ai?');
    // A Vietnamese page asks for no English (the loader fetches it beside the core only for lang="en").
    const english = () => performance.getEntriesByType('resource').filter((entry) => /\/chunks\/en-[\w-]+\.js$/.test(entry.name));
    expect(english()).to.have.length(0);
    getButton(el, 'English').click();
    await waitFor(() => stepHeading(el) === 'Who are you registering an account for?');
    deepQueryAll<HTMLInputElement>(el, '#subject-citizen')[0]!.click();
    getButton(el, 'Continue').click();
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

  it('loads the USB-token steps on demand and checks the plugin the host handed over', async () => {
    const el = await fixture<HTMLElement & { signingPlugin?: unknown }>(html`<dvc-register subjects="business" methods="usb"></dvc-register>`);
    el.signingPlugin = new FakeSigningPlugin({ holder: 'business' });
    await waitFor(() => stepHeading(el) === 'Đã sẵn sàng ký số', { message: 'the plugin check, from its own chunk' });
    await expect(el).to.be.accessible();
  });

  it('prints a bad attribute’s warning once, in full, from the sentences’ own chunk', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    try {
      const el = await fixture<HTMLElement>(html`<dvc-register methods="phone" draft="off" api-timeout="soon"></dvc-register>`);
      const sentence = '<dvc-register>: ignoring api-timeout="soon"; using 20000 ms (allowed: 1000–300000).';
      await waitFor(() => warnings.includes(sentence), { message: 'the sentence' });
      // Read again on an attribute change: only the new problem is said.
      const email = '<dvc-register>: ignoring email="maybe"; using "optional" (allowed: optional, required).';
      el.setAttribute('email', 'maybe');
      await waitFor(() => warnings.includes(email), { message: 'the email sentence' });
      expect(warnings).to.deep.equal([sentence, email]);
      await waitFor(() => stepHeading(el) === 'Nhập thông tin đăng ký', { message: 'the phone form' });
    } finally {
      console.warn = original;
    }
  });

  it('shows a chunk that fails to download as a localized failure, and the retry fetches the hashed file again', async () => {
    // The built chunk's name carries a hash: method-vneid-<hash>.js, beside the core in chunks/.
    const asked = await failModule('chunks/method-vneid-[\\w-]+');
    const el = await fixture<HTMLElement>(html`<dvc-register
      methods="vneid"
      draft="off"
      vneid-authorize-url="https://sso.example.vn/oauth2/authorize"
      vneid-client-id="dvc-test"
      vneid-redirect-uri=${`${location.origin}/vneid/callback`}
    ></dvc-register>`);
    await waitFor(() => stepHeading(el) === 'Không tải được bước này', { message: 'the failure in the step’s place' });
    getButton(el, 'Thử lại').click();
    if (engine === 'firefox') {
      // Firefox remembers the failed file and tries no new URL (src/loading/chunk.ts): a reload is offered.
      await waitFor(() => queryButton(el, 'Tải lại trang'), { message: 'a reload offered after the retry' });
      expect(asked).to.have.length(1);
      return;
    }
    await waitFor(() => stepHeading(el) === 'Đăng ký bằng tài khoản định danh điện tử VNeID', { message: 'the VNeID step after the retry' });
    // The original URL again first (failed by the mock, as a browser that remembers failures would), then a new URL.
    expect(asked).to.have.length(3);
    expect(asked[1]).to.equal(asked[0]);
    expect(asked[2]).to.match(/\/chunks\/method-vneid-[\w-]+\.js\?retry=2$/);
    await expect(el).to.be.accessible();
  });
});
