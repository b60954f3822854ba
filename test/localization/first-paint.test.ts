/**
 * A page in English: the widget's first paint is in English (never a flash of Vietnamese), and its
 * first request (the captcha) already says Accept-Language: en. The English messages are held (in
 * this page) until the test has looked at what was painted meanwhile. Its own file: English must
 * not be loaded yet.
 */
import { expect } from '@open-wc/testing';
import '../../src/dvc-register.js';
import { firstPaint } from '../../src/register/first-paint.js';
import { captchaLanguages, holdChunk } from '../helpers/requests.js';
import { deepQueryAll, stepHeading, visibleText, waitFor } from '../helpers/dom.js';
import { captchaAnswer } from '../helpers/widget.js';

describe('the first paint on a page in English', () => {
  it('is in English, and the first captcha request asks in English', async () => {
    // However busy the machine, English is held longer by this test than the first paint may wait.
    firstPaint.holdMs = 60_000;
    // Held in this page, not through the mock service worker, which test pages share.
    const english = holdChunk('en');
    const languages = await captchaLanguages();
    const el = document.createElement('dvc-register');
    el.setAttribute('lang', 'en');
    el.setAttribute('methods', 'phone');
    // Everything the widget shows, recorded at each change of its DOM (a MutationObserver runs
    // before the browser can paint) and at every turn of the event loop for the steps inside.
    const painted: string[] = [];
    const record = () => void painted.push(visibleText(el));
    const observer = new MutationObserver(record);
    let watching = true;
    const watch = async () => {
      while (watching) {
        record();
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    };
    document.body.append(el);
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
    try {
      void watch();
      await waitFor(() => english.asked.includes('en'), { message: 'the English messages asked for' });
      // Time for a premature render while English is on its way.
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 0));
      await el.updateComplete;
      expect(painted.filter(Boolean), 'nothing painted before English arrives').to.deep.equal([]);
      expect(languages, 'no request before English arrives').to.deep.equal([]);
      expect(deepQueryAll(el, '.frame')[0]?.getAttribute('aria-busy')).to.equal('true');

      english.release();
      await waitFor(() => stepHeading(el) === 'Enter your registration details', { message: 'the English step' });
      await captchaAnswer(el);
      watching = false;
      const firstWords = painted.find(Boolean) ?? '';
      expect(firstWords).to.match(/^Register an account/);
      expect(painted.join(' ')).to.not.match(/Đăng ký tài khoản|Nhập thông tin/);
      expect(languages[0]).to.equal('en');
      expect(deepQueryAll(el, '.frame')[0]?.getAttribute('lang')).to.equal('en');
    } finally {
      english.restore();
      firstPaint.holdMs = 3000;
      watching = false;
      el.remove();
    }
  });
});
