/**
 * The demo page: starts the mock backend first, then loads the widget, and shows the mock SMS
 * (the OTP) beside it, never inside it, as a real phone would.
 */
import { mockBackend } from '../src/mocks/backend.js';
import { startMockWorker } from '../src/mocks/browser.js';
import { mockLatency } from '../src/mocks/handlers.js';

// A little latency so the busy states are visible, as on a real network.
mockLatency.ms = 600;
await startMockWorker();

const sms = document.querySelector('#sms')!;
mockBackend.onOtpSent(({ phone, code }) => {
  const item = document.createElement('li');
  item.textContent = `→ ${phone}: Ma OTP dang ky tai khoan Cong DVCQG cua ban la ${code}. Khong chia se ma nay cho bat ky ai.`;
  sms.prepend(item);
});

mockBackend.onLinkSent(({ email, link }) => {
  const item = document.createElement('li');
  item.textContent = `✉ ${email}: Kích hoạt tài khoản Bưu điện Việt Nam: ${link}`;
  sms.prepend(item);
});

// VNeID goes to a mock authorization page on this server, and comes back to a demo callback page.
const widget = document.querySelector('dvc-register')!;
widget.setAttribute('vneid-authorize-url', new URL('/demo/vneid-authorize.html', location.href).href);
widget.setAttribute('vneid-client-id', 'dvc-register-demo');
widget.setAttribute('vneid-redirect-uri', new URL('/demo/vneid-callback.html', location.href).href);

const events = document.querySelector('#events')!;
for (const type of ['dvc-step-change', 'dvc-complete', 'dvc-vneid-redirect'] as const) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    item.textContent = `${type} ${JSON.stringify((event as CustomEvent).detail)}`;
    events.prepend(item);
  });
}

await import('../src/dvc-register.js');
