/**
 * Below the support floor the widget's code does not even parse. The loader must still run and
 * say so in the element, in its language: never a blank box. (A core that is not valid JavaScript
 * stands in for ES2021 in an older engine: the browser's answer, a SyntaxError, is the same.)
 */
import { expect } from '@open-wc/testing';
import { clean, waitFor } from '../helpers/dom.js';

describe('the built loader, when the core cannot be parsed', () => {
  it('shows the "browser too old" message in each widget, in its own language', async () => {
    document.body.insertAdjacentHTML('beforeend', '<dvc-register id="vi"></dvc-register><div lang="en"><dvc-register id="en"></dvc-register></div>');
    // @ts-expect-error: a built file served by the test server, without type declarations.
    await import('/__unparsable-core/dist/dvc-register.js');
    const vi = document.getElementById('vi')!;
    const en = document.getElementById('en')!;
    await waitFor(() => vi.querySelector('[role=alert]') && en.querySelector('[role=alert]'), { message: 'the messages', timeout: 15000 });
    expect(clean(vi.textContent)).to.match(/^Trình duyệt này quá cũ để mở biểu mẫu đăng ký tài khoản\. Hãy cập nhật trình duyệt \(Safari 15, Chrome 90, Firefox 91 trở lên\)/);
    expect(clean(en.textContent)).to.match(/^This browser is too old for the account registration form\. Please update it \(Safari 15, Chrome 90, Firefox 91 or later\)/);
    expect(vi.querySelector('button'), 'nothing to retry: reloading cannot help').to.equal(null);

    // A widget added later says it too.
    const later = document.createElement('dvc-register');
    later.setAttribute('lang', 'en');
    document.body.appendChild(later);
    expect(clean(later.textContent)).to.match(/^This browser is too old/);
    await expect(document.body).to.be.accessible();
  });
});
