/**
 * The demo page: starts the mock backend first, then loads the widget, and shows the mock SMS
 * (the OTP) beside it, never inside it, as a real phone would.
 *
 * `npm start` runs the mock in the page (MSW's service worker); `npm start -- --mock=http` uses
 * the HTTP mock backend instead (vite.config.ts puts its address in a <meta>), cross-origin, with
 * the inbox and the phone read from its /__mock/ endpoints (docs/mock-server.md).
 */
import { mockBackend, type SentLink, type SentOtp } from '../src/mocks/backend.js';
import { startMockWorker } from '../src/mocks/browser.js';
import { mockLatency } from '../src/mocks/handlers.js';
import { httpPhone, showPhonePanel } from './phone-panel.js';
import { mountFakePluginPanel } from './fake-plugin-panel.js';

const sms = document.querySelector('#sms')!;
const showOtp = ({ phone, code }: SentOtp) => {
  const item = document.createElement('li');
  item.textContent = `→ ${phone}: Ma OTP dang ky tai khoan Cong DVCQG cua ban la ${code}. Khong chia se ma nay cho bat ky ai.`;
  sms.prepend(item);
};
const showLink = ({ email, link }: SentLink) => {
  const item = document.createElement('li');
  item.textContent = `✉ ${email}: Kích hoạt tài khoản Bưu điện Việt Nam: ${link}`;
  sms.prepend(item);
};

const widget = document.querySelector('dvc-register')!;
const httpMock = document.querySelector<HTMLMetaElement>('meta[name="dvc-mock-http"]')?.content;
if (httpMock) {
  widget.setAttribute('api-base', `${httpMock}/api/registration`);
  document.querySelector('.note')?.append(` HTTP mock backend: ${httpMock}.`);
  let seen = { sms: 0, email: 0 };
  setInterval(async () => {
    const inbox = (await (await fetch(`${httpMock}/__mock/inbox`)).json()) as { sms: SentOtp[]; email: SentLink[] };
    inbox.sms.slice(seen.sms).forEach(showOtp);
    inbox.email.slice(seen.email).forEach(showLink);
    seen = { sms: inbox.sms.length, email: inbox.email.length };
  }, 1000);
  showPhonePanel(document.querySelector('#phone')!, httpPhone(httpMock));
} else {
  // A little latency so the busy states are visible, as on a real network.
  mockLatency.ms = 600;
  await startMockWorker();
  mockBackend.onOtpSent(showOtp);
  mockBackend.onLinkSent(showLink);
  showPhonePanel(document.querySelector('#phone')!);
}

// VNeID goes to a mock authorization page on this server, and comes back to a demo callback page.
widget.setAttribute('vneid-authorize-url', new URL('/demo/vneid-authorize.html', location.href).href);
widget.setAttribute('vneid-client-id', 'dvc-register-demo');
widget.setAttribute('vneid-redirect-uri', new URL('/demo/vneid-callback.html', location.href).href);
// SIM ký số and VNPT SmartCA are opt-in (they need the backend's remote signing): the demo has it.
if (!widget.hasAttribute('methods')) widget.setAttribute('methods', 'phone,bhxh,vnpost,sim,smartca,vneid');

// The USB-token method talks to a fake plugin; the panel beside the widget says how it behaves.
widget.setAttribute('plugin-min-version', '2.0');
mountFakePluginPanel(document.querySelector('#fake-plugin')!, widget as HTMLElement & { signingPlugin?: unknown });

const events = document.querySelector('#events')!;
for (const type of ['dvc-step-change', 'dvc-complete', 'dvc-vneid-redirect'] as const) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    item.textContent = `${type} ${JSON.stringify((event as CustomEvent).detail)}`;
    events.prepend(item);
  });
}

await import('../src/dvc-register.js');
