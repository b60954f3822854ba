/**
 * The USB steps' backend client (the certificate calls) loads on demand, fetched while the plugin is
 * checked. When that download fails, signing says the system could not be reached, nothing is
 * signed, and "Thử lại" really downloads the client again and signs. The chunk's network is cut in
 * this page only (cutChunk): test pages share one service worker.
 */
import { expect } from '@open-wc/testing';
import { signingMockBackend } from '../../src/mocks/signing.js';
import { FakeSigningPlugin } from '../../src/signing/fake.js';
import { getButton, stepHeading, waitFor } from '../helpers/dom.js';
import { cutChunk } from '../helpers/requests.js';
import { widget } from '../helpers/widget.js';

describe('the certificate calls’ client that cannot be downloaded', () => {
  beforeEach(() => signingMockBackend.reset());

  it('shows the connection failure at signing, and "Thử lại" downloads the client again and goes on', async () => {
    const network = cutChunk('certificate-client');
    try {
      const el = await widget({ subjects: 'business', methods: 'usb' });
      const plugin = new FakeSigningPlugin({ holder: 'business' });
      el.signingPlugin = plugin;
      await waitFor(() => stepHeading(el) === 'Đã sẵn sàng ký số', { message: 'plugin found' });
      await waitFor(() => network.attempts() >= 1, { message: 'the client asked for at the plugin check' });
      getButton(el, 'Tiếp tục').click();
      await waitFor(() => getButton(el, 'Ký số'), { message: 'the signing step' });
      getButton(el, 'Ký số').click();

      await waitFor(() => stepHeading(el) === 'Chưa kết nối được tới hệ thống', { message: 'the failure, said' });
      expect(plugin.signed, 'nothing signed without a challenge').to.have.length(0);
      await expect(el).to.be.accessible();

      const before = network.attempts();
      network.allow();
      getButton(el, 'Thử lại').click();
      await waitFor(() => stepHeading(el) === 'Xác nhận thông tin đăng ký', { message: 'the details step after the retry' });
      expect(plugin.signed).to.have.length(1);
      expect(network.attempts()).to.equal(before + 1);
    } finally {
      network.restore();
    }
  });
});
