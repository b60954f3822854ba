/**
 * A page in English on a connection so slow that the English messages take longer than the first
 * paint may wait: the widget shows Vietnamese (saying so in its lang) rather than a blank box, and
 * switches once English arrives. Its own file: English must not be loaded yet.
 */
import { expect } from '@open-wc/testing';
import '../../src/dvc-register.js';
import { firstPaint } from '../../src/register/first-paint.js';
import { holdChunk } from '../helpers/requests.js';
import { deepQueryAll, stepHeading, waitFor } from '../helpers/dom.js';

describe('the first paint on a page in English, on a very slow connection', () => {
  it('is never blank for long: when English takes too long, Vietnamese shows and English follows', async () => {
    // A connection slower than the first paint may wait: held until the test lets it through.
    firstPaint.holdMs = 300;
    // Held in this page, not through the mock service worker, which test pages share.
    const english = holdChunk('en');
    const el = document.createElement('dvc-register');
    el.setAttribute('lang', 'en');
    el.setAttribute('methods', 'phone');
    document.body.append(el);
    try {
      await waitFor(() => english.asked.includes('en'), { message: 'the English messages asked for' });
      await waitFor(() => stepHeading(el) === 'Nhập thông tin đăng ký', { timeout: 10000, message: 'Vietnamese after the longest hold' });
      expect(deepQueryAll(el, '.frame')[0]?.getAttribute('lang')).to.equal('vi');
      english.release();
      await waitFor(() => stepHeading(el) === 'Enter your registration details', { message: 'English once it arrives' });
      expect(deepQueryAll(el, '.frame')[0]?.getAttribute('lang')).to.equal('en');
    } finally {
      english.restore();
      firstPaint.holdMs = 3000;
      el.remove();
    }
  });
});
