/**
 * The first load paints the choices only; each method's steps arrive on demand, early enough that
 * no one waits: at once for a method the person tabs to or points at, and for every offered method
 * while the browser is idle. Modules load once per page, so each test here asks about a method no
 * earlier test has loaded (phone, then Vietnam Post, then VNeID).
 */
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { deepQueryAll, getRadio, stepHeading, waitFor } from '../helpers/dom.js';
import { press } from '../helpers/user.js';
import { widget } from '../helpers/widget.js';

const VNEID = {
  'vneid-authorize-url': 'https://sso.example.vn/oauth2/authorize',
  'vneid-client-id': 'dvc-test',
  'vneid-redirect-uri': `${location.origin}/vneid-callback`,
};

/** Holds back the idle-time prefetch, so only the person's own intent can have fetched a method. */
async function withoutIdlePrefetch(run: () => Promise<void>): Promise<void> {
  const idle = window.requestIdleCallback;
  window.requestIdleCallback = (() => 0) as typeof requestIdleCallback;
  try {
    await run();
  } finally {
    window.requestIdleCallback = idle;
  }
}

describe('what loads when', () => {
  it('paints the method choice without any method’s steps, and fetches a method the person tabs to at once', async () => {
    await withoutIdlePrefetch(async () => {
      const el = await widget({ methods: 'phone,vnpost' });
      expect(stepHeading(el)).to.equal('Chọn cách đăng ký');
      expect(customElements.get('dvc-step-details'), 'the details step ships on demand').to.equal(undefined);
      expect(customElements.get('dvc-step-password')).to.equal(undefined);
      // Tab into the choices: the first one takes focus.
      deepQueryAll<HTMLElement>(el, 'h3')[0].focus();
      await press('Tab');
      expect((getRadio(el, 'Thuê bao di động').getRootNode() as ShadowRoot).activeElement).to.equal(getRadio(el, 'Thuê bao di động'));
      await waitFor(() => customElements.get('dvc-step-password'), { message: 'the phone journey’s steps', timeout: 15000 });
      expect(customElements.get('dvc-address-picker'), 'only the focused method').to.equal(undefined);
    });
  });

  it('fetches a method the person points at at once', async () => {
    await withoutIdlePrefetch(async () => {
      const el = await widget({ methods: 'phone,vnpost' });
      expect(customElements.get('dvc-address-picker')).to.equal(undefined);
      const box = getRadio(el, 'Tài khoản Bưu điện Việt Nam').closest('label')!.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
      await waitFor(() => customElements.get('dvc-address-picker'), { message: 'the Vietnam Post parts', timeout: 15000 });
      await sendMouse({ type: 'move', position: [0, 0] });
    });
  });

  it('fetches every offered method while the browser is idle after the first paint', async () => {
    // Observed, not read from the timeline: the dev server's hundreds of modules fill its buffer.
    const fetched: string[] = [];
    const observer = new PerformanceObserver((list) => fetched.push(...list.getEntries().map((e) => e.name)));
    observer.observe({ type: 'resource' });
    const el = await widget({ methods: 'phone,vneid', ...VNEID });
    expect(stepHeading(el)).to.equal('Chọn cách đăng ký');
    await waitFor(() => customElements.get('dvc-step-vneid'), { message: 'the VNeID step, untouched', timeout: 15000 });
    // And the backend client, which the details form calls as soon as it opens (its captcha).
    await waitFor(() => fetched.some((name) => /\/fetch-api\.[jt]s/.test(name)), { message: 'the backend client, untouched', timeout: 15000 });
    observer.disconnect();
  });
});
