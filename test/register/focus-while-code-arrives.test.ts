/**
 * The details form is shared by phone, BHXH and Vietnam Post: when phone has brought it, the form
 * shows at once for Vietnam Post, while that method's own module (its address picker) is still on
 * its way. A person may start typing then; when the module arrives, focus must not jump to the
 * heading. Its own file: the Vietnam Post module must not be loaded yet.
 */
import { expect } from '@open-wc/testing';
import { chunkAttempts } from '../../src/loading/chunk.js';
import { focused, getButton, getByLabel, getRadio, stepHeading, waitFor } from '../helpers/dom.js';
import { type } from '../helpers/user.js';
import { widget } from '../helpers/widget.js';

describe('focus while a method’s code arrives', () => {
  afterEach(() => void delete chunkAttempts.intercept);

  it('stays where the person put it in a form shown before its method’s module arrived', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    chunkAttempts.intercept = async (name, attempt) => {
      if (name === 'method-vnpost') await held;
      return attempt();
    };
    const el = await widget({ methods: 'phone,vnpost' });
    // The phone journey's module (fetched while idle) brings the shared details form.
    await customElements.whenDefined('dvc-step-details');
    const changed = new Promise<Event>((resolve) => el.addEventListener('dvc-step-change', resolve, { once: true }));
    getRadio(el, 'Tài khoản Bưu điện Việt Nam').click();
    getButton(el, 'Tiếp tục').click();
    await waitFor(() => stepHeading(el) === 'Nhập thông tin đăng ký', { message: 'the Vietnam Post form, before its module' });
    const input = getByLabel(el, 'Tên đăng nhập');
    await type(input, 'binh');

    release();
    await changed;
    // Compared as a boolean: a failing comparison of two elements stalls the runner's report.
    expect(focused() === input, 'focus still in the field').to.equal(true);
    await type(input, 'binh.tran');
    expect(input.value).to.equal('binh.tran');
  });
});
