/**
 * The USB steps after signing (certificate details, done) load on demand, fetched while the person
 * checks the plugin and signs. When that download fails, the details step's place says so with a
 * retry, never a blank, and the retry really downloads it again. The chunk's network is cut in
 * this page only (cutChunk): test pages share one service worker.
 */
import { expect } from '@open-wc/testing';
import { signingMockBackend } from '../../src/mocks/signing.js';
import { FakeSigningPlugin } from '../../src/signing/fake.js';
import { deepQueryAll, focused, getButton, stepHeading, visibleText, waitFor } from '../helpers/dom.js';
import { cutChunk } from '../helpers/requests.js';
import { widget } from '../helpers/widget.js';

describe('USB steps after signing that cannot be downloaded', () => {
  beforeEach(() => signingMockBackend.reset());

  it('shows "could not load, try again" at the details step, and the retry brings the details', async () => {
    const network = cutChunk('usb-after-signing');
    try {
      const el = await widget({ subjects: 'business', methods: 'usb' });
      el.signingPlugin = new FakeSigningPlugin({ holder: 'business' });
      await waitFor(() => stepHeading(el) === 'Đã sẵn sàng ký số', { message: 'plugin found' });
      // Asked for while the person is still at the plugin check: the prefetch, failing here.
      await waitFor(() => network.attempts() >= 1, { message: 'the steps after signing asked for at once' });
      getButton(el, 'Tiếp tục').click();
      await waitFor(() => getButton(el, 'Ký số'), { message: 'the signing step' });
      getButton(el, 'Ký số').click();

      await waitFor(() => stepHeading(el) === 'Không tải được bước này', { message: 'the failure in the details step’s place' });
      expect(visibleText(el)).to.contain('những gì bạn nhập vẫn còn');
      await waitFor(() => focused()?.textContent?.trim() === 'Không tải được bước này', { message: 'focus on the failure heading' });
      await expect(el).to.be.accessible();

      const before = network.attempts();
      network.allow();
      getButton(el, 'Thử lại').click();
      await waitFor(() => stepHeading(el) === 'Xác nhận thông tin đăng ký', { message: 'the details step after the retry' });
      await waitFor(() => focused()?.textContent?.trim() === 'Xác nhận thông tin đăng ký', { message: 'focus on the details heading' });
      expect(deepQueryAll(el, 'dd').map((d) => d.textContent?.trim())).to.include('0100233488');
      expect(network.attempts()).to.equal(before + 1);
    } finally {
      network.restore();
    }
  });
});
