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
      const lang = '<dvc-register>: ignoring lang="fr"; using "vi" (allowed: vi, en).';
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
