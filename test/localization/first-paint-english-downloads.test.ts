/**
 * A page in English: its first paint waits for the English messages. The methods on offer are
 * downloaded when the browser is idle after the first paint, and that means the first paint in
 * English: started earlier, at an idle moment while the messages are still on their way, they
 * would share a slow line with the messages and hold that first paint back by seconds. Its own
 * file: English must not be loaded yet.
 */
import { expect } from '@open-wc/testing';
import '../../src/dvc-register.js';
import { holdChunk } from '../helpers/requests.js';
import { stepHeading, waitFor } from '../helpers/dom.js';

describe('the downloads after the first paint, on a page in English', () => {
  it('wait until the English messages are here and shown', async () => {
    // Held in this page, not through the mock service worker, which test pages share.
    const english = holdChunk('en');
    const el = document.createElement('dvc-register');
    el.setAttribute('lang', 'en');
    document.body.append(el);
    try {
      await waitFor(() => english.asked.includes('en'), { message: 'the English messages asked for' });
      // Long enough for downloads started at the first idle moment after a paint: a few frames,
      // then an idle callback of ours, which runs after any the widget asked for before it.
      for (let frame = 0; frame < 3; frame++) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 }));
      // Phone and BHXH's steps are the form journey's chunk (src/register/lazy-steps.ts).
      const method = (name: string) => name.startsWith('method-') || name === 'form-journey';
      expect(english.asked.filter(method), 'no method while English is on its way').to.deep.equal([]);
      english.release();
      await waitFor(() => stepHeading(el) === 'Who are you registering an account for?', { message: 'the first step, in English' });
      await waitFor(() => english.asked.some(method), { message: 'the methods, once English shows' });
    } finally {
      english.restore();
      el.remove();
    }
  });
});
