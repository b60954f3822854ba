/**
 * Remote signing's holder step loads on demand (fetched while the person confirms on the phone).
 * When that download fails, the confirmed signature stands: the step says what happened, and its
 * "try again" really downloads the holder step again (through the Chunk's retry, src/loading/chunk.ts).
 * The chunk's network is cut in this page only (cutChunk): test pages share one service worker.
 */
import { expect } from '@open-wc/testing';
import { remoteSigningMock } from '../../src/mocks/remote-signing.js';
import { getButton, getByLabel, stepHeading, visibleText, waitFor } from '../helpers/dom.js';
import { useMockBackend } from '../helpers/mock-worker.js';
import { cutChunk } from '../helpers/requests.js';
import { press, tabTo, type } from '../helpers/user.js';
import { widget } from '../helpers/widget.js';

describe('remote signing’s holder step that cannot be downloaded', () => {
  beforeEach(async () => {
    await useMockBackend();
    remoteSigningMock.reset();
  });

  it('keeps the confirmed signature, says so, and "Thử lại" downloads the holder step again', async () => {
    const network = cutChunk('remote-holder-step');
    try {
      const el = await widget({ subjects: 'citizen', methods: 'sim' });
      await waitFor(() => stepHeading(el) === 'Đăng ký bằng SIM ký số', { message: 'SIM form' });
      await tabTo(getByLabel(el, 'Số điện thoại của SIM ký số'));
      await type(getByLabel(el, 'Số điện thoại của SIM ký số'), '0912 345 678');
      await press('Enter');
      await waitFor(() => remoteSigningMock.last() !== undefined, { message: 'request sent' });
      await waitFor(() => network.attempts() >= 1, { message: 'the holder step asked for while waiting' });

      remoteSigningMock.act(remoteSigningMock.last()!.id, 'confirm');
      await waitFor(() => visibleText(el).includes('Không kết nối được tới hệ thống'), { timeout: 15_000, message: 'the failure, said' });
      await expect(el).to.be.accessible();
      const before = network.attempts();
      network.allow();
      getButton(el, 'Thử lại').click();
      await waitFor(() => stepHeading(el) === 'Thông tin chủ chứng thư số', { message: 'the holder step after the retry' });
      expect(network.attempts()).to.equal(before + 1);
    } finally {
      network.restore();
    }
  });
});
