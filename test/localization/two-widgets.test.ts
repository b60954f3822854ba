/**
 * Two widgets on one page asking for different languages. lit-localize keeps one message table per
 * page, so the documented rule is: every widget shows the language asked for last, marks its text
 * with that language, and the console says so once (README, "Several widgets on one page").
 */
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import '../../src/dvc-register.js';
import type { DvcRegister } from '../../src/register/dvc-register.js';
import { useMockBackend } from '../helpers/mock-worker.js';
import { deepQueryAll, getButton, stepHeading, waitFor } from '../helpers/dom.js';

const HEADING = { vi: 'Nhập thông tin đăng ký', en: 'Enter your registration details' } as const;
const frameLang = (el: Element) => deepQueryAll(el, '.frame')[0]?.getAttribute('lang');

describe('two widgets with different languages on one page', () => {
  const warnings: string[] = [];
  const original = console.warn;
  beforeEach(() => {
    warnings.length = 0;
    console.warn = (message: string) => void warnings.push(String(message));
  });
  afterEach(() => {
    console.warn = original;
  });

  it('show one language, the one asked for last, each marked with the language it shows, with one warning', async () => {
    await useMockBackend();
    // Rendered by hand: fixture() waits for an animation frame on a plain element, which never
    // comes while the page runs in a background tab beside another test page.
    const page = document.body.appendChild(document.createElement('div'));
    after(() => page.remove());
    render(
      html`<dvc-register id="first" lang="en" methods="phone" draft="off"></dvc-register>
        <dvc-register id="second" lang="vi" methods="phone" draft="off"></dvc-register>`,
      page,
    );
    const [first, second] = [...page.querySelectorAll<DvcRegister>('dvc-register')] as [DvcRegister, DvcRegister];
    await Promise.all([first.localeReady, second.localeReady]);
    await waitFor(() => stepHeading(first) !== '' && stepHeading(second) !== '', { message: 'both steps' });
    // The second widget asked last: both show Vietnamese, and say so in their lang.
    expect([stepHeading(first), stepHeading(second)]).to.deep.equal([HEADING.vi, HEADING.vi]);
    expect([frameLang(first), frameLang(second)]).to.deep.equal(['vi', 'vi']);
    // Its sentence is downloaded when there is one to print (src/register/print-warnings.ts).
    const conflict = '<dvc-register>: widgets ask for different languages (en, vi); all show the one asked last. See README.';
    await waitFor(() => warnings.includes(conflict), { message: 'the warning' });
    expect(warnings.filter((w) => w.includes('different languages'))).to.have.length(1);

    // A person's switch is the latest ask: both follow, each saying the language it shows.
    getButton(second, 'English').click();
    await waitFor(() => stepHeading(first) === HEADING.en && stepHeading(second) === HEADING.en, { message: 'both in English' });
    expect([frameLang(first), frameLang(second)]).to.deep.equal(['en', 'en']);

    first.setAttribute('lang', 'vi');
    second.setAttribute('lang', 'en');
    await Promise.all([first.localeReady, second.localeReady]);
    await waitFor(() => stepHeading(first) === HEADING.en && stepHeading(second) === HEADING.en, { message: 'the last ask (en) wins' });
    expect([frameLang(first), frameLang(second)]).to.deep.equal(['en', 'en']);
    // Said once per page, not at every disagreement.
    expect(warnings.filter((w) => w.includes('different languages'))).to.have.length(1);
  });
});
