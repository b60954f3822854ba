/** The core chunk never arrives (network, a deploy that forgot dist/chunks): say so, offer a reload. */
import { expect } from '@open-wc/testing';
import { clean, waitFor } from '../helpers/dom.js';

describe('the built loader, when the core does not load', () => {
  it('says the form could not be loaded and offers to reload the page, in the widget\'s language', async () => {
    document.body.insertAdjacentHTML('beforeend', '<dvc-register lang="vi" id="vi"></dvc-register><dvc-register lang="en" id="en"></dvc-register>');
    // @ts-expect-error: a built file served by the test server, without type declarations.
    await import('/__missing-core/dist/dvc-register.js');
    const vi = document.getElementById('vi')!;
    const en = document.getElementById('en')!;
    await waitFor(() => vi.querySelector('[role=alert]') && en.querySelector('[role=alert]'), { message: 'the messages', timeout: 15000 });
    expect(clean(vi.querySelector('p')!.textContent)).to.match(/^Không tải được biểu mẫu đăng ký tài khoản\. Hãy kiểm tra kết nối mạng rồi tải lại trang\./);
    expect(clean(en.querySelector('p')!.textContent)).to.match(/^The account registration form could not be loaded\. Check your connection and reload the page\./);
    expect(clean(vi.querySelector('button')!.textContent)).to.equal('Tải lại trang');
    expect(clean(en.querySelector('button')!.textContent)).to.equal('Reload the page');
    await expect(document.body).to.be.accessible();
  });
});
