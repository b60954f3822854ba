/**
 * The journeys scripts/webkit-journeys.mjs runs in WebKit (MiniBrowser, Safari's engine) against
 * the built dist/ bundle with the mock backend: bundled by esbuild into one page script, which
 * exposes `window.dvcJourneys`. WebKitWebDriver refuses element commands inside shadow roots, so
 * the journeys drive the widget from inside the page, as autofill would (stories/support/drive.ts).
 */
import { mockBackend } from '../../src/mocks/backend.js';
import { startMockWorker } from '../../src/mocks/browser.js';
import { activateBy, atStep, enterOtp, enterPassword, fill, fillDetails, fillVnpost, pressPrimary } from '../../stories/support/drive.js';
import { clean, deepQueryAll, waitFor } from '../helpers/dom.js';

const PASSWORD = 'Hoa-sen#2024';

async function widget(attributes: Record<string, string>): Promise<HTMLElement> {
  await startMockWorker();
  await customElements.whenDefined('dvc-register');
  const el = document.createElement('dvc-register');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.appendChild(el);
  return el;
}

/** From the OTP step to the end: code, password, the done step and the dvc-complete event. */
async function finishFromOtp(el: HTMLElement): Promise<void> {
  await atStep(el, 'dvc-step-otp');
  await enterOtp(el);
  await atStep(el, 'dvc-step-password');
  const completed = new Promise((resolve) => el.addEventListener('dvc-complete', resolve, { once: true }));
  await enterPassword(el, PASSWORD);
  await pressPrimary(el);
  await completed;
  await atStep(el, 'dvc-step-done');
}

/** The step heading shown, to check the language. */
function heading(el: Element): string {
  return clean(deepQueryAll(el, 'h3')[0]?.textContent);
}

export const dvcJourneys: Record<string, () => Promise<void>> = {
  async 'phone, in Vietnamese'() {
    const el = await widget({ methods: 'phone', lang: 'vi' });
    await fillDetails(el);
    if (heading(el) !== 'Nhập thông tin đăng ký') throw new Error(`heading: ${heading(el)}`);
    await pressPrimary(el);
    await finishFromOtp(el);
  },
  async 'phone, in English'() {
    const el = await widget({ methods: 'phone', lang: 'en' });
    await waitFor(() => heading(el) === 'Enter your registration details', { message: 'the English details step', timeout: 15000 });
    await fillDetails(el);
    await pressPrimary(el);
    await finishFromOtp(el);
  },
  async 'social insurance (BHXH)'() {
    const el = await widget({ methods: 'bhxh' });
    await atStep(el, 'dvc-step-details');
    await fill(el, 'bhxhCode', '0123456789');
    await fill(el, 'fullName', 'Trần Thị Bình');
    await fill(el, 'birthDate', '12/03/1988');
    await fill(el, 'phone', '0987 654 321');
    await waitFor(() => deepQueryAll(el, '.captcha img').length > 0, { message: 'captcha image', timeout: 15000 });
    await fill(el, 'captcha', mockBackend.lastCaptchaAnswer() ?? '');
    await pressPrimary(el);
    await finishFromOtp(el);
  },
  async 'Vietnam Post, activated by SMS'() {
    const el = await widget({ methods: 'vnpost' });
    await fillVnpost(el);
    await pressPrimary(el);
    await activateBy(el, 'sms');
    await finishFromOtp(el);
  },
  async 'VNeID, up to the redirect'() {
    const el = await widget({
      subjects: 'citizen',
      methods: 'phone,vneid',
      'vneid-authorize-url': 'https://sso.vneid.example/oauth2/authorize',
      'vneid-client-id': 'dvc-portal',
      'vneid-redirect-uri': `${location.origin}/vneid/callback`,
    });
    await atStep(el, 'dvc-step-method');
    (await waitFor(() => deepQueryAll<HTMLInputElement>(el, '#method-vneid')[0], { message: '#method-vneid' })).click();
    await pressPrimary(el);
    await atStep(el, 'dvc-step-vneid');
    const redirect = new Promise<CustomEvent<{ url: string }>>((resolve) =>
      el.addEventListener('dvc-vneid-redirect', (e) => {
        e.preventDefault(); // stay on the page
        resolve(e as CustomEvent<{ url: string }>);
      }, { once: true }),
    );
    const step = deepQueryAll(el, 'dvc-step-vneid')[0]!;
    const go = await waitFor(() => step.shadowRoot?.querySelector<HTMLButtonElement>('button.primary') ?? undefined, { message: 'the VNeID button' });
    go.click();
    const url = new URL((await redirect).detail.url);
    if (url.origin !== 'https://sso.vneid.example' || url.searchParams.get('code_challenge_method') !== 'S256') throw new Error(`redirect: ${url.href}`);
  },
};

declare global {
  interface Window {
    dvcJourneys: typeof dvcJourneys;
  }
}
window.dvcJourneys = dvcJourneys;
