/**
 * Error summaries are alerts: a screen reader reads an alert whenever its content changes. After a
 * failed submit, typing must not touch it; the next submit updates it (issue 9, items 3 and 4).
 */
import { expect } from '@open-wc/testing';
import { clean, deepQueryAll, focused, getButton, getByLabel, stepHeading, waitFor } from '../helpers/dom.js';
import { press, type } from '../helpers/user.js';
import { PERSON, toOtp, toPassword, WORDS } from '../helpers/phone-journey.js';
import { phoneWidget, widget } from '../helpers/widget.js';

/** Records every change below (and of) the summary element, as a screen reader would notice it. */
function watch(summary: Element): { changes: () => number } {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((list) => records.push(...list));
  observer.observe(summary, { subtree: true, childList: true, characterData: true, attributes: true });
  return { changes: () => records.push(...observer.takeRecords()) && records.length };
}

const summaryOf = (el: Element) => deepQueryAll(el, '[data-error-summary]')[0];

describe('error summaries speak once per submit', () => {
  it('details: typing after a failed submit leaves the summary untouched; the next submit updates it', async () => {
    const el = await phoneWidget();
    const w = WORDS.vi;
    getButton(el, w.register).click();
    const summary = await waitFor(() => summaryOf(el), { message: 'the error summary' });
    expect(summary.getAttribute('role')).to.equal('alert');
    const before = clean(summary.textContent);
    const watcher = watch(summary);

    // Type into several fields, fixing some errors and making others (a half-typed phone number).
    await type(getByLabel(el, w.idNumber), PERSON.idNumber);
    await type(getByLabel(el, w.fullName), PERSON.fullName);
    await type(getByLabel(el, w.phone), '0912');
    // The inline errors follow the typing, so renders did happen.
    await waitFor(() => !deepQueryAll(el, '#fullName-error').length, { message: 'the name error cleared at the field' });
    await el.updateComplete;
    expect(summaryOf(el) === summary, "the same summary element").to.equal(true);
    expect(watcher.changes()).to.equal(0);
    expect(clean(summary.textContent)).to.equal(before);

    getButton(el, w.register).click();
    await waitFor(() => watcher.changes() > 0, { message: 'the summary updated on the next submit' });
    expect(clean(summaryOf(el)!.textContent)).to.not.equal(before);
    const links = deepQueryAll<HTMLAnchorElement>(summaryOf(el)!, 'a').map((a) => a.getAttribute('href'));
    expect(links).to.not.include('#fullName');
    expect(links).to.include('#phone');
  });

  it('password: typing after a failed submit leaves the summary untouched', async () => {
    const el = await phoneWidget();
    const w = WORDS.vi;
    await toOtp(el, 'vi');
    await toPassword(el, 'vi');
    getButton(el, w.finish).click();
    const summary = await waitFor(() => summaryOf(el), { message: 'the error summary' });
    const watcher = watch(summary);
    await type(getByLabel(el, w.password), 'abc');
    await type(getByLabel(el, w.password), 'abcDEF12!x');
    await el.updateComplete;
    expect(summaryOf(el) === summary, "the same summary element").to.equal(true);
    expect(watcher.changes()).to.equal(0);
    getButton(el, w.finish).click();
    await waitFor(() => watcher.changes() > 0, { message: 'the summary updated on the next submit' });
  });

  it('OTP: typing a new code after a refused one leaves the summary untouched', async () => {
    const el = await phoneWidget();
    await toOtp(el, 'vi');
    await type(getByLabel(el, WORDS.vi.otp), '12');
    await press('Enter');
    const summary = await waitFor(() => summaryOf(el), { message: 'the error summary' });
    const watcher = watch(summary);
    await type(getByLabel(el, WORDS.vi.otp), '1234');
    await el.updateComplete;
    expect(summaryOf(el) === summary, "the same summary element").to.equal(true);
    expect(watcher.changes()).to.equal(0);
  });
});

describe('the method step with nothing chosen', () => {
  for (const locale of ['vi', 'en'] as const) {
    it(`says so in an error summary that is read out at once and leads to the choices, in ${locale}`, async () => {
      const el = await widget({ lang: locale, methods: 'phone,bhxh' });
      const heading = locale === 'vi' ? 'Chọn cách đăng ký' : 'Choose how to register';
      await waitFor(() => stepHeading(el) === heading);
      getButton(el, locale === 'vi' ? 'Tiếp tục' : 'Continue').click();
      const summary = await waitFor(() => summaryOf(el), { message: 'the error summary' });
      expect(summary.getAttribute('role')).to.equal('alert');
      await waitFor(() => focused() === summary, { message: 'focus on the summary' });
      const link = deepQueryAll<HTMLAnchorElement>(summary, 'a')[0]!;
      expect(clean(link.textContent)).to.equal(locale === 'vi' ? 'Chọn một cách đăng ký.' : 'Choose a way to register.');
      link.click();
      await waitFor(() => (focused() as HTMLInputElement | null)?.type === 'radio', { message: 'focus on the first choice' });
      await expect(el).to.be.accessible();
    });
  }
});
