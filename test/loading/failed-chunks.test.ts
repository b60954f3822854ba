/**
 * Parts of the widget that load on demand (a method's steps) and whose download fails:
 * the person is told so, in the place of the missing part and in their language, and "Thử lại"
 * really downloads it again. The mock worker fails the module request itself, for this page only,
 * and keeps failing the original URL as a browser that remembers failed imports would.
 */
import { expect } from '@open-wc/testing';
import { focused, getButton, queryButton, stepHeading, visibleText, waitFor } from '../helpers/dom.js';
import { engine } from '../helpers/engine.js';
import { failModule } from '../helpers/requests.js';
import { widget } from '../helpers/widget.js';

const VNEID_ATTRIBUTES = {
  methods: 'vneid',
  'vneid-authorize-url': 'https://sso.example.vn/oauth2/authorize',
  'vneid-client-id': 'dvc-test',
  'vneid-redirect-uri': `${location.origin}/vneid/callback`,
};

describe('a part that cannot be downloaded', () => {
  it('shows "could not load" in the step’s place, and "Thử lại" downloads the step again', async () => {
    const asked = await failModule('methods/vneid');
    const el = await widget(VNEID_ATTRIBUTES);
    await waitFor(() => stepHeading(el) === 'Không tải được bước này', { message: 'the failure in the step’s place' });
    expect(visibleText(el)).to.contain('Không tải được phần này.');
    expect(visibleText(el)).to.contain('những gì bạn nhập vẫn còn');
    await expect(el).to.be.accessible();

    expect(queryButton(el, 'Tải lại trang'), 'a reload is offered only after a retry failed too').to.equal(undefined);
    getButton(el, 'Thử lại').click();
    if (engine === 'firefox') {
      // Firefox remembers the failed file, and its error may name a file the chunk imports, so no
      // new URL is tried (src/loading/chunk.ts): the retry fails at once and a reload is offered.
      await waitFor(() => queryButton(el, 'Tải lại trang'), { message: 'a reload offered after the retry' });
      expect(asked).to.have.length(1);
      return;
    }
    await waitFor(() => stepHeading(el) === 'Đăng ký bằng tài khoản định danh điện tử VNeID', { message: 'the VNeID step after the retry' });
    expect(focused()?.textContent?.trim()).to.equal('Đăng ký bằng tài khoản định danh điện tử VNeID');
    getButton(el, 'Tiếp tục với VNeID');
    // The retry asks for the original URL first (this Chromium fetches a failed module again; the
    // mock fails it, as a browser that remembers failures does without asking), then a new URL.
    expect(asked).to.have.length(3);
    expect(asked[1]).to.equal(asked[0]);
    expect(new URL(asked[2]!).searchParams.get('retry')).to.equal('2');
  });
});
