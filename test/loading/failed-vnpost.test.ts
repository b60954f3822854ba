/**
 * The Vietnam Post steps (the form with its address picker, the activation steps) when their
 * download fails: the failure in the form's place, and a retry that brings the form. Its own
 * file: the widget's first render prefetches every default method while idle, Vietnam Post too.
 */
import { expect } from '@open-wc/testing';
import { getButton, getByLabel, stepHeading, waitFor } from '../helpers/dom.js';
import { failModule } from '../helpers/requests.js';
import { widget } from '../helpers/widget.js';

describe('Vietnam Post steps that cannot be downloaded', () => {
  it('shows the Vietnam Post steps that cannot be downloaded as a failure, and the retry brings the form', async () => {
    const asked = await failModule('methods/vnpost');
    const el = await widget({ methods: 'vnpost' });
    await waitFor(() => stepHeading(el) === 'Không tải được bước này', { message: 'the failure in the form’s place' });
    await expect(el).to.be.accessible();
    getButton(el, 'Thử lại').click();
    await waitFor(() => stepHeading(el) === 'Nhập thông tin đăng ký', { message: 'the form after the retry' });
    await waitFor(() => getByLabel(el, 'Tỉnh, thành phố'), { message: 'its address picker' });
    expect(asked.filter((u) => new URL(u).searchParams.has('retry'))).to.have.length(1);
  });
});
