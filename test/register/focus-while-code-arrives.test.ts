/**
 * The details form is shared by phone, BHXH and Vietnam Post: when one of them has brought it, the
 * form shows at once for another, while that method's own module is still on its way. A person
 * may start typing then; when the module arrives, focus must not jump to the heading. Its own
 * file: the BHXH module must not be loaded yet.
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
      if (name === 'method-bhxh') await held;
      return attempt();
    };
    const el = await widget({ methods: 'phone,bhxh' });
    // The phone journey's module (fetched while idle) brings the shared details form.
    await customElements.whenDefined('dvc-step-details');
    const changed = new Promise<Event>((resolve) => el.addEventListener('dvc-step-change', resolve, { once: true }));
    getRadio(el, 'Mã số bảo hiểm xã hội').click();
    getButton(el, 'Tiếp tục').click();
    await waitFor(() => stepHeading(el) === 'Nhập thông tin đăng ký', { message: 'the BHXH form, before its module' });
    const input = getByLabel(el, 'Mã số BHXH');
    await type(input, '0123');

    release();
    await changed;
    // Compared as a boolean: a failing comparison of two elements stalls the runner's report.
    expect(focused() === input, 'focus still in the field').to.equal(true);
    await type(input, '0123456789');
    expect(input.value).to.equal('0123456789');
  });
});
