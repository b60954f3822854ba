/**
 * A step whose download failed while the person was elsewhere (the prefetch while idle, the
 * first visit) is tried again when they come to it. Its own file: the VNeID chunk must not be loaded yet.
 */
import { expect } from '@open-wc/testing';
import { focused, getButton, getRadio, queryButton, stepHeading, waitFor } from '../helpers/dom.js';
import { cutChunk } from '../helpers/requests.js';
import { widget } from '../helpers/widget.js';

const VNEID_ATTRIBUTES = {
  'vneid-authorize-url': 'https://sso.example.vn/oauth2/authorize',
  'vneid-client-id': 'dvc-test',
  'vneid-redirect-uri': `${location.origin}/vneid/callback`,
};

describe('a step whose download failed earlier', () => {
  it('tries again by itself when the person comes back to a step whose download failed, and moves focus to what is shown', async () => {
    // Down until the person is back at the choice; cut in this page only (pages share one service worker).
    const network = cutChunk('method-vneid');
    try {
      const el = await widget({ ...VNEID_ATTRIBUTES, methods: 'phone,vneid' });
      getRadio(el, 'Tài khoản định danh điện tử VNeID').click();
      getButton(el, 'Tiếp tục').click();
      await waitFor(() => stepHeading(el) === 'Không tải được bước này', { message: 'the failure in the step’s place' });
      await waitFor(() => focused()?.textContent?.trim() === 'Không tải được bước này', { message: 'focus on the failure' });
      // A retry that fails too: a reload is offered beside it (the draft keeps what was typed).
      const before = network.attempts();
      getButton(el, 'Thử lại').click();
      await waitFor(() => network.attempts() > before && queryButton(el, 'Tải lại trang'), { message: 'the reload offered' });
      expect(stepHeading(el)).to.equal('Không tải được bước này');
      getButton(el, '‹ Quay lại').click();
      await waitFor(() => stepHeading(el) === 'Chọn cách đăng ký');
      network.allow();
      const failures = network.attempts();
      getButton(el, 'Tiếp tục').click();
      await waitFor(() => stepHeading(el) === 'Đăng ký bằng tài khoản định danh điện tử VNeID', { message: 'the VNeID step' });
      await waitFor(() => focused()?.textContent?.trim() === 'Đăng ký bằng tài khoản định danh điện tử VNeID', { message: 'focus on its heading' });
      expect(network.attempts()).to.equal(failures + 1);
    } finally {
      network.restore();
    }
  });
});
