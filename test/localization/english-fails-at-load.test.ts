/**
 * A page in English whose English messages cannot be downloaded: the widget shows Vietnamese
 * consistently (its text, its lang, the language of its requests), says so, and "Thử lại"
 * downloads the messages again; after a failed retry it offers a reload too. Its own file: the
 * English chunk must not be loaded yet.
 */
import { expect } from '@open-wc/testing';
import { captchaLanguages, cutChunk } from '../helpers/requests.js';
import { deepQueryAll, getButton, queryButton, stepHeading, visibleText, waitFor } from '../helpers/dom.js';
import { captchaAnswer, phoneWidget } from '../helpers/widget.js';

describe('English messages that cannot be downloaded', () => {
  it('keeps the widget in Vietnamese, says why, and switches to English once the retry downloads them', async () => {
    // Cut in this page, not through the mock service worker, which test pages share.
    const network = cutChunk('en');
    const languages = await captchaLanguages();
    const el = await phoneWidget({ lang: 'en' });
    await waitFor(() => visibleText(el).includes('Không tải được tiếng Anh (English)'), { message: 'the failure notice' });
    expect(stepHeading(el)).to.equal('Nhập thông tin đăng ký');
    const frame = deepQueryAll(el, '.frame')[0]!;
    expect(frame.getAttribute('lang')).to.equal('vi');
    await captchaAnswer(el);
    // Requests go in the language shown.
    expect(languages).to.deep.equal(['vi']);
    await expect(el).to.be.accessible();

    expect(queryButton(el, 'Tải lại trang'), 'a reload only once a retry failed too').to.equal(undefined);
    getButton(el, 'Thử lại').click();
    // Safari and Firefox remember the failed file, so a retry there fails too: a reload is offered.
    await waitFor(() => queryButton(el, 'Tải lại trang'), { message: 'a reload offered after a failed retry' });
    expect(visibleText(el)).to.contain('Không tải được tiếng Anh (English)');

    const failed = network.attempts();
    expect(failed, 'downloads tried, and failed').to.be.above(0);
    network.allow();
    getButton(el, 'Thử lại').click();
    await waitFor(() => stepHeading(el) === 'Enter your registration details', { message: 'English after the retry' });
    expect(frame.getAttribute('lang')).to.equal('en');
    expect(visibleText(el)).to.not.contain('Không tải được');
    expect(network.attempts(), 'the retry downloaded them once more').to.equal(failed + 1);
    getButton(el, 'New image').click();
    await waitFor(() => languages.length === 2, { message: 'the new captcha request' });
    expect(languages[1]).to.equal('en');
  });
});
