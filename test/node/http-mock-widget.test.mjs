// The built widget (dist/) on a page of its own origin, talking cross-origin to the HTTP mock
// backend (bin/dvc-register-mock.mjs) in real headless Chromium, as an integrator on another stack
// would run it: a whole phone registration with the OTP read from the mock's inbox, a scenario
// chosen through api-base alone, and CORS refusing an origin the mock was not started for. The
// portal page is served with the Content-Security-Policy docs/integration.md recommends.
import assert from 'node:assert/strict';
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { findChrome } from '../../scripts/find-chrome.mjs';
import { startMock } from './helpers/mock-process.mjs';

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json', '.html': 'text/html; charset=utf-8' };

/** The policy docs/integration.md tells portals to set, with the backend's origin in connect-src. */
const csp = (apiOrigin) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${apiOrigin}`,
    'media-src blob:',
    "base-uri 'none'",
    "object-src 'none'",
    "frame-ancestors 'self'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');

/** The portal's own script: records completions and every CSP violation. */
const PORTAL_SCRIPT = `window.completed = []; window.violations = [];
document.addEventListener('dvc-complete', (e) => window.completed.push(e.detail));
document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));`;

/** A portal page under a strict CSP: dist/ under /dist/, and the widget page at /?attribute=value…. */
function startPortal() {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://portal');
    if (url.pathname === '/') {
      const attributes = [...url.searchParams].map(([k, v]) => `${k}="${v.replace(/"/g, '&quot;')}"`).join(' ');
      const api = new URL(url.searchParams.get('api-base') ?? '/', 'http://127.0.0.1').origin;
      res.writeHead(200, { 'Content-Type': TYPES['.html'], 'Content-Security-Policy': csp(api) });
      res.end(`<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Portal</title></head>
<body><main><dvc-register ${attributes}></dvc-register></main>
<script src="/portal.js"></script>
<script type="module" src="/dist/dvc-register.js"></script></body></html>`);
      return;
    }
    if (url.pathname === '/portal.js') {
      res.writeHead(200, { 'Content-Type': TYPES['.js'] });
      res.end(PORTAL_SCRIPT);
      return;
    }
    const file = normalize(join(process.cwd(), url.pathname));
    if (!url.pathname.startsWith('/dist/') || !file.startsWith(join(process.cwd(), 'dist')) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}

/** Finding things as a person does, through the widget's shadow roots (as test/helpers/dom.ts). */
const PAGE_HELPERS = `
  window.deepAll = (root, selector) => {
    const found = [...root.querySelectorAll(selector)];
    if (root.shadowRoot) found.push(...deepAll(root.shadowRoot, selector));
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...deepAll(el.shadowRoot, selector));
    return found;
  };
  window.clean = (t) => (t ?? '').replace(/\\s+/g, ' ').trim();
  window.byLabel = (label) => deepAll(document, 'label').find((l) => clean(l.textContent).startsWith(label))?.control;
  window.button = (name) => deepAll(document, 'button').find((b) => clean(b.textContent) === name && b.getClientRects().length > 0);
  window.heading = () => clean(deepAll(document, 'h3')[0]?.textContent);
  window.alerts = () => deepAll(document, '[role=alert]').map((a) => clean(a.textContent)).join(' | ');
`;

describe('the built widget against the HTTP mock backend, in Chromium', () => {
  let portal;
  let browser;
  let mock;

  before(async () => {
    portal = await startPortal();
    mock = await startMock(['--origin', portal.origin]);
    const executablePath = findChrome();
    assert.ok(executablePath, 'a Chromium to run in');
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
  });

  after(async () => {
    await browser?.close();
    await mock?.stop();
    portal?.server.close();
  });

  async function openWidget(attributes) {
    const page = await browser.newPage();
    page.setDefaultTimeout(20_000);
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.evaluateOnNewDocument(PAGE_HELPERS);
    await page.goto(`${portal.origin}/?${new URLSearchParams({ subjects: 'citizen', methods: 'phone', ...attributes })}`);
    await page.waitForFunction(() => heading() === 'Nhập thông tin đăng ký');
    return { page, errors };
  }

  async function type(page, label, text) {
    const field = await page.waitForFunction((l) => byLabel(l), {}, label);
    await field.click();
    await field.type(text);
  }

  async function press(page, name) {
    const handle = await page.waitForFunction((n) => button(n), {}, name);
    await handle.click();
  }

  async function fillDetails(page) {
    await type(page, 'Số CCCD/CMND', '001099012345');
    await type(page, 'Họ và tên', 'Nguyễn Văn An');
    await type(page, 'Ngày sinh', '01/05/1999');
    await type(page, 'Số điện thoại di động', '0912 345 678');
    await page.waitForFunction(() => deepAll(document, '.captcha img').length > 0);
    const latest = await (await fetch(`${mock.url}/__mock/captchas/latest`)).json();
    assert.ok(latest.id !== 'latest', 'the newest captcha comes with its own id');
    const { answer } = latest;
    await type(page, 'Mã xác thực', answer);
  }

  it('registers by phone from details to done, with the OTP from the mock inbox', async () => {
    const { page, errors } = await openWidget({ 'api-base': mock.api });
    await fillDetails(page);
    await press(page, 'Nghe mã');
    // The spoken captcha plays from a blob: URL, which the documented policy allows, and is audio a
    // browser can play (its bytes come through the HTTP mock unchanged).
    await page.waitForFunction(() => deepAll(document, 'audio').some((a) => a.src.startsWith('blob:') && (a.readyState > 0 || a.error)));
    assert.deepEqual(await page.evaluate(() => deepAll(document, 'audio').map((a) => [a.error?.code ?? null, a.duration > 1])), [[null, true]]);
    await press(page, 'Đăng ký');
    await page.waitForFunction(() => heading() === 'Nhập mã OTP');

    const inbox = await (await fetch(`${mock.url}/__mock/inbox`)).json();
    const sms = inbox.sms.at(-1);
    assert.equal(sms.phone, '+84912345678');
    await type(page, 'Mã OTP', sms.code);
    await press(page, 'Xác nhận');
    await page.waitForFunction(() => heading() === 'Đặt mật khẩu');

    await type(page, 'Mật khẩu', 'Dvc#2025an');
    await type(page, 'Nhập lại mật khẩu', 'Dvc#2025an');
    await press(page, 'Hoàn tất đăng ký');
    await page.waitForFunction(() => heading() === 'Đăng ký thành công');
    assert.deepEqual(await page.evaluate(() => window.completed), [{ subject: 'citizen', method: 'phone', username: '001099012345', assuranceLevel: 2 }]);

    // Every call went cross-origin, from the portal page, and the log holds no body.
    const { entries } = await (await fetch(`${mock.url}/__mock/log`)).json();
    const api = entries.filter((e) => e.path.startsWith('/api/registration/'));
    assert.deepEqual([...new Set(api.map((e) => `${e.method} ${e.path.replace(/(reg|cap)-[^/]+/, ':id')}`))].filter((l) => !l.startsWith('OPTIONS')), [
      'POST /api/registration/captcha',
      'GET /api/registration/captcha/:id/audio',
      'POST /api/registration/registrations',
      'POST /api/registration/registrations/:id/otp/verify',
      'POST /api/registration/registrations/:id/password',
    ]);
    assert.ok(api.every((e) => e.origin === portal.origin));
    assert.doesNotMatch(JSON.stringify(entries), new RegExp(`Dvc#2025an|${sms.code}`));
    assert.deepEqual(errors, []);
    assert.deepEqual(await page.evaluate(() => window.violations), [], 'no CSP violation under the documented policy');
    await page.close();
  });

  it('follows a scenario chosen through api-base: a rate-limited start keeps everything typed', async () => {
    const { page } = await openWidget({ 'api-base': `${mock.url}/__scenario/rateLimited/api/registration` });
    await fillDetails(page);
    await press(page, 'Đăng ký');
    await page.waitForFunction(() => alerts().includes('quá nhiều lần'));
    assert.equal(await page.evaluate(() => heading()), 'Nhập thông tin đăng ký');
    assert.equal(await page.evaluate(() => byLabel('Họ và tên').value), 'Nguyễn Văn An');
    await page.close();
  });

  it('is refused by CORS from an origin the mock was not started for', async () => {
    const other = await startMock(['--origin', 'https://another-portal.example']);
    try {
      const { page } = await openWidget({ 'api-base': other.api });
      await page.waitForFunction(() => clean(deepAll(document, '.captcha')[0]?.textContent).includes('Không tải được ảnh mã xác thực'));
      await page.close();
    } finally {
      await other.stop();
    }
  });
});
