/**
 * A person types something wrong in a field and, without leaving it first, presses "Đăng ký" with
 * the mouse. Leaving the field shows its message, which moves the button down: shown at once, it
 * moved the button between the press and its release, the release landed on the field above, and
 * the click was lost (a review: the first click on "Đăng ký" did nothing). The message now waits
 * for the press to end, and the one click sends the form: its error summary takes the focus.
 * Real mouse events (sendMouse), at the button's place on screen.
 */
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { deepQueryAll, focused, getButton, getByLabel, waitFor } from '../helpers/dom.js';
import { type } from '../helpers/user.js';
import { captchaAnswer, phoneWidget } from '../helpers/widget.js';

describe('pressing "Đăng ký" straight from a field typed wrong', () => {
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('sends the form with the one click, and the field’s message shows after it', async () => {
    const el = await phoneWidget();
    // The captcha's image first: arriving later, it would move the button after it was measured.
    await captchaAnswer(el);
    const phone = getByLabel(el, 'Số điện thoại di động');
    await type(phone, '0912');
    const button = getButton(el, 'Đăng ký');
    button.scrollIntoView({ block: 'center' });
    // Where the button rests: the same place twice in a row, 25 ms apart.
    let last = '';
    const box = await waitFor(() => {
      const rect = button.getBoundingClientRect();
      const place = `${rect.x},${rect.y},${rect.width},${rect.height}`;
      const resting = place === last;
      last = place;
      return resting && rect;
    }, { message: 'the button at rest' });
    const at: [number, number] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
    await sendMouse({ type: 'move', position: at });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'up' });

    const summary = await waitFor(() => deepQueryAll(el, '[data-error-summary]')[0], { message: 'the error summary after one click' });
    await waitFor(() => focused() === summary, { message: 'the summary focused' });
    expect(phone.getAttribute('aria-invalid')).to.equal('true');
  });
});
