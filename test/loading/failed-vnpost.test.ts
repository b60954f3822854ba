/**
 * The Vietnam Post steps (the form with its address picker, the activation steps) when their
 * download fails: the failure in the form's place, and a retry that brings the form. The chunk's
 * network is cut in this page only (cutChunk): test pages share one service worker.
 */
import { expect } from '@open-wc/testing';
import { getButton, getByLabel, stepHeading, waitFor } from '../helpers/dom.js';
import { cutChunk } from '../helpers/requests.js';
import { widget } from '../helpers/widget.js';

describe('Vietnam Post steps that cannot be downloaded', () => {
  it('shows the failure in the form’s place, and the retry brings the form', async () => {
    const network = cutChunk('method-vnpost');
    try {
      const el = await widget({ methods: 'vnpost' });
      await waitFor(() => stepHeading(el) === 'Không tải được bước này', { message: 'the failure in the form’s place' });
      await expect(el).to.be.accessible();
      const before = network.attempts();
      network.allow();
      getButton(el, 'Thử lại').click();
      await waitFor(() => stepHeading(el) === 'Nhập thông tin đăng ký', { message: 'the form after the retry' });
      await waitFor(() => getByLabel(el, 'Tỉnh, thành phố'), { message: 'its address picker' });
      expect(network.attempts()).to.equal(before + 1);
    } finally {
      network.restore();
    }
  });
});
