/**
 * A reload keeps what was typed: a draft of the non-secret values in sessionStorage, for this tab
 * only, for 30 minutes, gone when the journey completes or the person starts over, and never
 * holding a password, an OTP or a captcha answer. A reload is simulated the way the page sees it:
 * `pagehide`, then the widget goes and a new one comes in its place.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { DvcRegister } from '../../src/register/dvc-register.js';
import { useMockBackend } from '../helpers/mock-worker.js';
import { mockBackend } from '../../src/mocks/backend.js';
import { parseConfig } from '../../src/register/config.js';
import { configWarning } from '../../src/register/config-warnings.js';
import { DRAFT_KEY_PREFIX } from '../../src/register/draft.js';
import { announcements, focused, getButton, getByLabel, getRadio, queryButton, stepHeading, visibleText, waitFor } from '../helpers/dom.js';
import { PERSON, toOtp, toPassword, WORDS } from '../helpers/phone-journey.js';
import { press, type } from '../helpers/user.js';
import { phoneWidget } from '../helpers/widget.js';

const NOTICE = 'Đã giữ lại những gì bạn nhập trong thẻ này (trừ mật khẩu và các mã).';

/** What a reload leaves: the page is told it is going (pagehide) and the widget goes. */
function reload(el: Element): void {
  window.dispatchEvent(new PageTransitionEvent('pagehide'));
  el.remove();
}

/** The drafts in storage as the page would leave them if it went now. */
function drafts(): Record<string, string> {
  window.dispatchEvent(new PageTransitionEvent('pagehide'));
  return Object.fromEntries(Object.keys(sessionStorage).filter((k) => k.startsWith(DRAFT_KEY_PREFIX)).map((k) => [k, sessionStorage.getItem(k)!]));
}

/** Everything this tab's storage holds, as one string. */
function storedText(): string {
  window.dispatchEvent(new PageTransitionEvent('pagehide'));
  return Object.keys(sessionStorage)
    .map((k) => `${k}=${sessionStorage.getItem(k)}`)
    .join('\n');
}

/** A widget whose attributes are there from the start, as a portal page writes them. */
async function citizenWidget(): Promise<DvcRegister> {
  await useMockBackend();
  const el = await fixture<DvcRegister>(html`<dvc-register subjects="citizen"></dvc-register>`);
  await waitFor(() => stepHeading(el) !== '', { message: 'the first step' });
  return el;
}

describe('the draft kept across a reload', () => {
  it('restores what was typed in a new widget on the same page, says so politely, and offers to start over', async () => {
    let el = await phoneWidget();
    await type(getByLabel(el, 'Họ và tên'), 'Phạm Thị Lan');
    await type(getByLabel(el, 'Số điện thoại di động'), '0987 654 321');
    reload(el);

    el = await phoneWidget();
    expect(getByLabel(el, 'Họ và tên').value).to.equal('Phạm Thị Lan');
    expect(getByLabel(el, 'Số điện thoại di động').value).to.equal('0987 654 321');
    expect(visibleText(el)).to.contain(NOTICE);
    await waitFor(() => announcements(el).includes(NOTICE), { message: 'the notice announced in the polite live region' });
    await expect(el).to.be.accessible();

    getButton(el, 'Bắt đầu lại').click();
    await waitFor(() => getByLabel(el, 'Họ và tên').value === '', { message: 'an empty form' });
    expect(visibleText(el)).to.not.contain(NOTICE);
    expect(drafts()).to.deep.equal({});
    await waitFor(() => focused()?.textContent?.trim() === 'Nhập thông tin đăng ký', { message: 'focus on the step heading' });

    reload(el);
    el = await phoneWidget();
    expect(getByLabel(el, 'Họ và tên').value).to.equal('');
    expect(queryButton(el, 'Bắt đầu lại')).to.equal(undefined);
  });

  it('is written a moment after the typing stops, not on every keystroke', async () => {
    const el = await phoneWidget();
    const writes: string[] = [];
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith(DRAFT_KEY_PREFIX)) writes.push(value);
      setItem.call(this, key, value);
    };
    try {
      await type(getByLabel(el, 'Họ và tên'), 'Phạm Thị Lan');
      // No page event: the write comes by itself once the person pauses.
      await waitFor(() => writes.some((w) => w.includes('Phạm Thị Lan')), { message: 'the draft written after the pause' });
      expect(writes.length, 'one write for the pause, not one per character').to.be.lessThan('Phạm Thị Lan'.length);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('comes back to the method the person chose', async () => {
    let el = await citizenWidget();
    getRadio(el, 'Mã số bảo hiểm xã hội').click();
    getButton(el, 'Tiếp tục').click();
    await waitFor(() => stepHeading(el) === 'Nhập thông tin đăng ký', { message: 'the BHXH form' });
    await type(getByLabel(el, 'Mã số BHXH'), '0123456789');
    reload(el);

    el = await citizenWidget();
    expect(stepHeading(el)).to.equal('Nhập thông tin đăng ký');
    expect(getByLabel(el, 'Mã số BHXH').value).to.equal('0123456789');
    // Back to the method choice works as usual from there.
    getButton(el, '‹ Quay lại').click();
    await waitFor(() => stepHeading(el) === 'Chọn cách đăng ký');
    expect(getRadio(el, 'Mã số bảo hiểm xã hội').checked).to.equal(true);
  });

  it('is dropped after 30 minutes', async () => {
    let el = await phoneWidget();
    await type(getByLabel(el, 'Họ và tên'), 'Phạm Thị Lan');
    reload(el);
    const [key, raw] = Object.entries(drafts())[0]!;
    const stored = JSON.parse(raw) as { savedAt: number };
    sessionStorage.setItem(key, JSON.stringify({ ...stored, savedAt: Date.now() - 31 * 60 * 1000 }));

    el = await phoneWidget();
    expect(getByLabel(el, 'Họ và tên').value).to.equal('');
    expect(visibleText(el)).to.not.contain(NOTICE);
    expect(drafts()).to.deep.equal({});
  });

  it('never holds the captcha answer, the OTP or the password, and is gone once the account exists', async () => {
    const el = await phoneWidget();
    await toOtp(el, 'vi');
    const captcha = mockBackend.lastCaptchaAnswer()!;
    expect(Object.keys(drafts())).to.have.length(1);
    expect(storedText()).to.contain(PERSON.fullName);
    expect(storedText()).to.not.contain(captcha);

    const otp = mockBackend.lastOtp()!.code;
    await toPassword(el, 'vi');
    expect(storedText()).to.not.contain(otp);

    const password = 'Sen@Hong2024';
    await type(getByLabel(el, WORDS.vi.password), password);
    expect(storedText()).to.not.contain(password);
    await type(getByLabel(el, WORDS.vi.confirmPassword), password);
    expect(storedText()).to.not.contain(password);
    await press('Enter');
    await waitFor(() => stepHeading(el) === WORDS.vi.doneHeading, { message: 'the account made' });
    expect(drafts()).to.deep.equal({});
    expect(storedText()).to.not.contain(password);
  });

  it('is neither kept nor restored with draft="off"', async () => {
    let el = await phoneWidget();
    await type(getByLabel(el, 'Họ và tên'), 'Phạm Thị Lan');
    reload(el);
    expect(Object.keys(drafts())).to.have.length(1);

    // As a portal writes it: the attribute is there when the widget starts.
    await useMockBackend();
    el = await fixture<DvcRegister>(html`<dvc-register methods="phone" draft="off"></dvc-register>`);
    await waitFor(() => stepHeading(el) !== '', { message: 'the form' });
    expect(getByLabel(el, 'Họ và tên').value).to.equal('');
    expect(visibleText(el)).to.not.contain(NOTICE);
    expect(drafts(), 'the old draft is removed too').to.deep.equal({});
    await type(getByLabel(el, 'Họ và tên'), 'Đỗ Văn Nam');
    expect(drafts()).to.deep.equal({});
  });

  it('with draft="off", removes an old draft once, not again on every keystroke', async () => {
    let el = await phoneWidget();
    await type(getByLabel(el, 'Họ và tên'), 'Phạm Thị Lan');
    reload(el);
    expect(Object.keys(drafts())).to.have.length(1);

    const removals: string[] = [];
    const removeItem = Storage.prototype.removeItem;
    Storage.prototype.removeItem = function (key: string) {
      if (key.startsWith(DRAFT_KEY_PREFIX)) removals.push(key);
      removeItem.call(this, key);
    };
    try {
      await useMockBackend();
      el = await fixture<DvcRegister>(html`<dvc-register methods="phone" draft="off"></dvc-register>`);
      await waitFor(() => stepHeading(el) !== '', { message: 'the form' });
      await type(getByLabel(el, 'Họ và tên'), 'Đỗ Văn Nam');
      await type(getByLabel(el, 'Số điện thoại di động'), '0987 654 321');
      expect(drafts(), 'the old draft is gone').to.deep.equal({});
      expect(removals, 'removed once').to.have.length(1);
    } finally {
      Storage.prototype.removeItem = removeItem;
    }
  });

  it('reads draft="off" (and on), warning once about anything else', () => {
    expect(parseConfig({}).config.draft).to.equal('session');
    expect(parseConfig({ draft: 'OFF' }).config.draft).to.equal('off');
    expect(parseConfig({ draft: 'on' })).to.deep.include({ warnings: [] });
    const { config, warnings } = parseConfig({ draft: 'sometimes' });
    expect(config.draft).to.equal('session');
    expect(warnings.map(configWarning)).to.deep.equal([
      '<dvc-register>: ignoring draft="sometimes"; using a draft for this tab (allowed: on, off).',
    ]);
  });
});
