/**
 * The built widget on a portal page with the strict CSP the README documents (script-src 'self',
 * style-src 'self', img-src data: for the captcha, Trusted Types): the phone journey completes and
 * the browser reports no violation at all. The page runs in a frame because the test runner's own
 * page needs inline scripts.
 */
import { expect } from '@open-wc/testing';
import { clean, deepQueryAll, getButton, stepHeading, waitFor } from '../helpers/dom.js';
import { PERSON, WORDS } from '../helpers/phone-journey.js';

type CspWindow = Window & typeof globalThis & { cspViolations: string[]; mockBackend: { lastCaptchaAnswer(): string | undefined; lastOtp(): { code: string } | undefined }; widgetLoaded: Promise<unknown> };

/** Sets a field's value as autofill does (the keyboard cannot reach into the frame's page). */
function fill(root: Element, id: string, value: string): void {
  const input = deepQueryAll<HTMLInputElement>(root, `#${id}`)[0];
  if (!input) throw new Error(`No field #${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('the built widget under a strict Content-Security-Policy', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('completes the phone journey with no CSP violation', async () => {
    frame = document.createElement('iframe');
    frame.style.width = '800px';
    frame.style.height = '900px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/__strict-csp/phone.html';
    document.body.appendChild(frame);
    await loaded;
    const win = frame.contentWindow as CspWindow;
    await waitFor(() => win.widgetLoaded, { message: 'the page script', timeout: 15000 });
    await win.widgetLoaded;
    const el = win.document.querySelector('dvc-register')!;
    const w = WORDS.vi;
    await waitFor(() => stepHeading(el) === w.detailsHeading, { message: 'the details step', timeout: 15000 });
    // The styles really apply (constructable style sheets need no 'unsafe-inline').
    expect(win.getComputedStyle(getButton(el, w.register)).minHeight).to.equal('44px');

    fill(el, 'idNumber', PERSON.idNumber);
    fill(el, 'fullName', PERSON.fullName);
    fill(el, 'birthDate', PERSON.birthDate);
    fill(el, 'phone', PERSON.phone);
    // The captcha is a data: image: shown, not blocked.
    const img = await waitFor(() => deepQueryAll<HTMLImageElement>(el, '.captcha img').find((i) => i.complete && i.naturalWidth > 0), {
      message: 'captcha image decoded',
      timeout: 15000,
    });
    expect(img.src).to.match(/^data:image\//);
    fill(el, 'captcha', win.mockBackend.lastCaptchaAnswer()!);
    getButton(el, w.register).click();
    await waitFor(() => stepHeading(el) === w.otpHeading, { message: 'the OTP step', timeout: 15000 });
    fill(el, 'otp', win.mockBackend.lastOtp()!.code);
    getButton(el, w.confirmOtp).click();
    await waitFor(() => stepHeading(el) === w.passwordHeading, { message: 'the password step', timeout: 15000 });
    fill(el, 'password', 'Hoa-sen#2024');
    fill(el, 'password-confirm', 'Hoa-sen#2024');
    getButton(el, w.finish).click();
    await waitFor(() => stepHeading(el) === w.doneHeading, { message: 'the done step', timeout: 15000 });

    expect(win.cspViolations).to.deep.equal([]);
    expect(clean(win.document.body.textContent)).to.not.contain('quá cũ');
  });

  it('would report a violation (the listener is live): an inline style is refused', async () => {
    frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/__strict-csp/phone.html';
    document.body.appendChild(frame);
    await loaded;
    const win = frame.contentWindow as CspWindow;
    await waitFor(() => win.cspViolations, { message: 'the page script', timeout: 15000 });
    const style = win.document.createElement('style');
    style.textContent = 'body { color: red; }';
    win.document.head.appendChild(style);
    await waitFor(() => win.cspViolations.length > 0, { message: 'a reported violation' });
    expect(win.cspViolations[0]).to.match(/^style-src/);
  });
});
