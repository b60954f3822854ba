import { expect, fixture, html } from '@open-wc/testing';
import '../../src/dvc-register.js';
import { DvcRegister } from '../../src/register/dvc-register.js';
import { define } from '../../src/register/define.js';
import { getButton, getByLabel, stepHeading, visibleText, waitFor } from '../helpers/dom.js';
import { type } from '../helpers/user.js';
import { phoneWidget } from '../helpers/widget.js';

describe('<dvc-register>', () => {
  it('shows its first step in Vietnamese by default', async () => {
    const el = await phoneWidget();
    expect(stepHeading(el)).to.equal('Nhập thông tin đăng ký');
    expect(visibleText(el)).to.contain('Đăng ký tài khoản');
  });

  it('switches every string to English with its switch, keeping what was typed', async () => {
    const el = await phoneWidget();
    await type(getByLabel(el, 'Họ và tên'), 'Nguyễn Thị Hương');
    getButton(el, 'English').click();
    await waitFor(() => stepHeading(el) === 'Enter your registration details');
    expect(el.getAttribute('lang')).to.equal('en');
    expect(getByLabel(el, 'Full name').value).to.equal('Nguyễn Thị Hương');
    expect(visibleText(el)).to.not.match(/Nhập|Họ và tên|Đăng ký tài khoản/);
    getButton(el, 'Tiếng Việt').click();
    await waitFor(() => stepHeading(el) === 'Nhập thông tin đăng ký');
    expect(getByLabel(el, 'Họ và tên').value).to.equal('Nguyễn Thị Hương');
  });

  it('follows its lang attribute', async () => {
    const el = await phoneWidget({ lang: 'en' });
    await waitFor(() => stepHeading(el) === 'Enter your registration details');
    el.setAttribute('lang', 'vi');
    await waitFor(() => stepHeading(el) === 'Nhập thông tin đăng ký');
  });

  it('reads a language tag with a region (en-US, vi-VN) as its language, without a warning', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await phoneWidget({ lang: 'en-US' });
      await waitFor(() => stepHeading(el) === 'Enter your registration details', { message: 'English for en-US' });
      // The text is marked with the language shown; the attribute stays as the page wrote it.
      expect(el.shadowRoot!.querySelector('[part="frame"]')!.getAttribute('lang')).to.equal('en');
      expect(el.getAttribute('lang')).to.equal('en-US');
      el.setAttribute('lang', 'VI-vn');
      await waitFor(() => stepHeading(el) === 'Nhập thông tin đăng ký', { message: 'Vietnamese for vi-VN' });
      expect(el.shadowRoot!.querySelector('[part="frame"]')!.getAttribute('lang')).to.equal('vi');
      // The language sentence would come from an on-demand chunk: give it the time to arrive.
      el.setAttribute('lang', 'english');
      const ignored = '<dvc-register>: ignoring lang="english"; using "vi" (allowed: vi, en, or either with a region, such as en-US).';
      await waitFor(() => warnings.includes(ignored), { message: 'the warning for lang="english"' });
      expect(warnings.filter((w) => w.includes('lang='))).to.deep.equal([ignored]);
    } finally {
      console.warn = original;
    }
  });

  it('falls back to Vietnamese with one warning for an unknown lang', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await phoneWidget({ lang: 'fr', methods: 'phone,teleport' });
      await el.updateComplete;
      // The whole methods list is ignored, so every available method is offered, and with the
      // USB token every subject: the wizard opens on the subject choice.
      expect(stepHeading(el)).to.equal('Bạn đăng ký tài khoản cho ai?');
      // The sentences are downloaded when there is one to print (src/register/print-warnings.ts).
      const lang = '<dvc-register>: ignoring lang="fr"; using "vi" (allowed: vi, en, or either with a region, such as en-US).';
      const methods = '<dvc-register>: ignoring methods="phone,teleport"; using "phone,bhxh,vnpost,usb".';
      await waitFor(() => warnings.includes(lang) && warnings.includes(methods), { message: 'both warnings' });
      expect(warnings.filter((w) => w === lang)).to.have.length(1);
      expect(warnings.filter((w) => w === methods)).to.have.length(1);
    } finally {
      console.warn = original;
    }
  });

  it('can be defined twice without an error', async () => {
    expect(() => define('dvc-register', DvcRegister)).to.not.throw();
    expect(customElements.get('dvc-register')).to.equal(DvcRegister);
    const el = await fixture(html`<dvc-register></dvc-register>`);
    expect(el).to.be.instanceOf(DvcRegister);
  });
});
