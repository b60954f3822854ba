/**
 * Issue 9, items 9, 10, 11 and 13: address groups, Back from the password, the success page and
 * the "check your inbox" ending, and the smaller layout defects.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { mockBackend } from '../../src/mocks/backend.js';
import { clean, deepQueryAll, getButton, getByLabel, queryButton, stepHeading, visibleText, waitFor } from '../helpers/dom.js';
import { press, type } from '../helpers/user.js';
import { toOtp, toPassword, WORDS } from '../helpers/phone-journey.js';
import { phoneWidget, widget } from '../helpers/widget.js';
import { activateBy, atStep, fill, fillVnpost, pressPrimary } from '../../stories/support/drive.js';

const w = WORDS.vi;

describe('Vietnam Post addresses', () => {
  it('each address is a fieldset with a legend, and "Giống địa chỉ thường trú" sits under the current address’s legend', async () => {
    const el = await widget({ methods: 'vnpost' });
    await atStep(el, 'dvc-step-details');
    const pickers = deepQueryAll(el, 'dvc-address-picker');
    const legends = pickers.map((p) => clean(p.shadowRoot!.querySelector('fieldset > legend')?.textContent));
    expect(legends).to.deep.equal(['Địa chỉ thường trú', 'Địa chỉ hiện tại (nơi ở)']);
    const checkbox = deepQueryAll<HTMLInputElement>(el, 'input[type=checkbox]')[0]!;
    expect(clean(checkbox.labels?.[0]?.textContent)).to.equal('Giống địa chỉ thường trú');
    // Shown inside the current address's fieldset, after its legend, before its parts.
    const slot = checkbox.closest('label')!.assignedSlot!;
    const fieldset = slot.closest('fieldset')!;
    const legend = fieldset.querySelector('legend')!;
    expect(clean(legend.textContent)).to.equal('Địa chỉ hiện tại (nơi ở)');
    expect(legend.compareDocumentPosition(slot) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    const province = fieldset.querySelector('input')!;
    expect(slot.compareDocumentPosition(province) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    // And on screen: below the legend.
    expect(checkbox.getBoundingClientRect().top).to.be.at.least(legend.getBoundingClientRect().bottom - 1);
  });
});

describe('Back from the password step', () => {
  it('skips the verified OTP: lands on the details with a note, and goes on to the password without a new code', async () => {
    const el = await phoneWidget();
    await toOtp(el, 'vi');
    await toPassword(el, 'vi');
    const sent = mockBackend.otpsSent().length;
    getButton(el, w.back).click();
    await waitFor(() => stepHeading(el) === w.detailsHeading, { message: 'the details step' });
    expect(visibleText(el)).to.contain('đã được xác minh bằng mã OTP');
    expect(visibleText(el)).to.not.contain(w.otpHeading);
    getButton(el, w.register).click();
    await waitFor(() => stepHeading(el) === w.passwordHeading, { message: 'straight back to the password' });
    expect(mockBackend.otpsSent().length).to.equal(sent);
    expect(deepQueryAll(el, 'dvc-step-otp')).to.have.length(0);
  });
});

describe('the success page', () => {
  it('is a confirmation panel: what happened, the username large, then the next step and the sign-in link', async () => {
    const el = await phoneWidget({ 'sign-in-url': 'https://dichvucong.example.gov.vn/dang-nhap' });
    await toOtp(el, 'vi');
    await toPassword(el, 'vi');
    await type(getByLabel(el, w.password), 'Hoa-sen#2024');
    await type(getByLabel(el, w.confirmPassword), 'Hoa-sen#2024');
    await press('Enter');
    await waitFor(() => stepHeading(el) === w.doneHeading, { message: 'done' });
    const panel = deepQueryAll<HTMLElement>(el, '[data-confirmation]')[0]!;
    expect(clean(panel.querySelector('h3')?.textContent)).to.equal(w.doneHeading);
    const username = panel.querySelector<HTMLElement>('[data-username]')!;
    expect(clean(username.textContent)).to.equal('001099012345');
    expect(clean(panel.textContent)).to.contain('Tên đăng nhập của bạn');
    const created = deepQueryAll(el, 'p').find((p) => clean(p.textContent).includes('đã được tạo'))!;
    expect(panel.compareDocumentPosition(created) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    const body = parseFloat(getComputedStyle(created).fontSize);
    expect(parseFloat(getComputedStyle(username).fontSize)).to.be.above(body * 1.3);
    expect(Number(getComputedStyle(username).fontWeight)).to.be.at.least(700);
    // Panel first, then the next step, then the link to take it.
    const next = deepQueryAll(el, 'h4').find((h) => clean(h.textContent) === 'Bước tiếp theo')!;
    const signIn = getButton(el, 'Đăng nhập');
    expect(panel.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(next.compareDocumentPosition(signIn) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(signIn.getAttribute('href')).to.equal('https://dichvucong.example.gov.vn/dang-nhap');
    await expect(el).to.be.accessible();
  });

  it('"check your inbox" is an ending: no step number, no Back link, only its own way to change the channel', async () => {
    const el = await widget({ methods: 'vnpost' });
    await fillVnpost(el);
    await pressPrimary(el);
    await activateBy(el, 'email');
    await atStep(el, 'dvc-step-email-sent');
    expect(visibleText(el)).to.not.match(/Bước \d/);
    expect(queryButton(el, w.back)).to.equal(undefined);
    getButton(el, 'Đổi cách kích hoạt').click();
    await atStep(el, 'dvc-step-activation');
  });
});

describe('smaller defects', () => {
  it('the captcha’s label comes before its image, and the image before the input', async () => {
    const el = await phoneWidget();
    const input = getByLabel(el, w.captcha);
    const label = input.labels![0]!;
    const image = await waitFor(() => deepQueryAll<HTMLImageElement>(el, '.captcha img')[0], { message: 'captcha image' });
    expect(label.compareDocumentPosition(image) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(image.compareDocumentPosition(input) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(label.getBoundingClientRect().bottom).to.be.at.most(image.getBoundingClientRect().top + 1);
  });

  it('the masked phone number never wraps mid-number on a phone', async () => {
    await setViewport({ width: 320, height: 800 });
    try {
      const el = await phoneWidget();
      await toOtp(el, 'vi');
      const number = deepQueryAll<HTMLElement>(el, '.nowrap')[0]!;
      expect(clean(number.textContent)).to.match(/•/);
      expect(getComputedStyle(number).whiteSpace).to.equal('nowrap');
      // One line box: the number is not broken across lines.
      const lines = new Set([...number.getClientRects()].map((r) => Math.round(r.top)));
      expect(lines.size).to.equal(1);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('"username available" keeps its distance from the next label', async () => {
    const el = await widget({ methods: 'vnpost' });
    await atStep(el, 'dvc-step-details');
    await fill(el, 'username', 'tran.binh88');
    const status = await waitFor(
      () => deepQueryAll<HTMLElement>(el, '.field-status').find((s) => clean(s.textContent).includes('dùng được')),
      { message: 'the username is available' },
    );
    const next = getByLabel(el, 'Họ và tên').labels![0]!;
    const gap = next.getBoundingClientRect().top - status.getBoundingClientRect().bottom;
    expect(gap).to.be.at.least(12);
  });
});
