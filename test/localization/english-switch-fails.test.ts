/**
 * The language switch when English cannot be downloaded: nothing half-switches, the person is
 * told in the language they see, and the retry works. Its own file: English must not be loaded yet.
 */
import { expect } from '@open-wc/testing';
import { cutChunk } from '../helpers/requests.js';
import { deepQueryAll, getButton, getByLabel, stepHeading, visibleText, waitFor } from '../helpers/dom.js';
import { type } from '../helpers/user.js';
import { phoneWidget } from '../helpers/widget.js';

describe('the language switch when English cannot be downloaded', () => {
  it('stays in Vietnamese with a notice, keeps what was typed, and the retry switches', async () => {
    // Cut in this page, not through the mock service worker, which test pages share.
    const network = cutChunk('en');
    const el = await phoneWidget();
    await type(getByLabel(el, 'Họ và tên'), 'Lê Văn Tám');
    getButton(el, 'English').click();
    await waitFor(() => visibleText(el).includes('Không tải được tiếng Anh (English)'), { message: 'the failure notice' });
    expect(stepHeading(el)).to.equal('Nhập thông tin đăng ký');
    expect(deepQueryAll(el, '.frame')[0]!.getAttribute('lang')).to.equal('vi');
    expect(deepQueryAll(el, '[role=alert]').map((a) => a.textContent)).to.satisfy((texts: string[]) =>
      texts.some((t) => t.includes('Không tải được tiếng Anh')),
    );
    // The switch itself keeps working: pressing it again is a retry too.
    network.allow();
    getButton(el, 'English').click();
    await waitFor(() => stepHeading(el) === 'Enter your registration details', { message: 'English after pressing the switch again' });
    expect(getByLabel(el, 'Full name').value).to.equal('Lê Văn Tám');
    expect(deepQueryAll(el, '.frame')[0]!.getAttribute('lang')).to.equal('en');
  });
});
