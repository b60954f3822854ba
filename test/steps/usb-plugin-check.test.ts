import { expect } from '@open-wc/testing';
import { FakeSigningPlugin } from '../../src/signing/fake.js';
import { deepQueryAll, focused, getButton, stepHeading, waitFor } from '../helpers/dom.js';
import { press, tabTo } from '../helpers/user.js';
import { widget } from '../helpers/widget.js';
import { fixtureServers } from '../signing/fixture-server.js';

const WORDS = {
  vi: {
    missing: 'Chưa tìm thấy công cụ ký số',
    outdated: 'Cần cập nhật công cụ ký số',
    ready: 'Đã sẵn sàng ký số',
    installed: 'Tôi đã cài xong – kiểm tra lại',
    updated: 'Tôi đã cập nhật – kiểm tra lại',
    windows: 'Tải công cụ ký số cho Windows',
    macos: 'Tải công cụ ký số cho macOS',
    other: 'Chọn cách đăng ký khác',
    plugIn: 'Cắm USB ký số vào máy rồi bấm Tiếp tục',
    found: 'Đã tìm thấy công cụ ký số',
  },
  en: {
    missing: 'The signing tool was not found',
    outdated: 'The signing tool needs an update',
    ready: 'Ready to sign',
    installed: 'I have installed it – check again',
    updated: 'I have updated it – check again',
    windows: 'Download the signing tool for Windows',
    macos: 'Download the signing tool for macOS',
    other: 'Choose another way to register',
    plugIn: 'Plug your USB signing token into the computer, then press Continue',
    found: 'The signing tool was found',
  },
} as const;

for (const locale of ['vi', 'en'] as const) {
  const w = WORDS[locale];
  describe(`the plugin check, in ${locale}`, () => {
    it('says what the check found in the live region that said "checking", so a screen reader reads it', async () => {
      const el = await widget({ lang: locale, subjects: 'business', methods: 'usb' });
      const plugin = new FakeSigningPlugin({ holder: 'business', mode: 'missing', delayMs: 300 });
      el.signingPlugin = plugin;
      const region = await waitFor(() => deepQueryAll(el, '[data-plugin-state=checking] [role=status]')[0], { message: 'checking' });
      await waitFor(() => stepHeading(el) === w.missing, { message: 'missing screen' });
      expect(region.isConnected, 'the same region').to.equal(true);
      expect(region.textContent).to.contain(w.missing);

      plugin.settings.mode = 'ready';
      getButton(el, w.installed).click();
      await waitFor(() => stepHeading(el) === w.ready, { message: 'found after installing' });
      expect(region.isConnected, 'still the same region').to.equal(true);
      expect(region.textContent).to.contain(w.found);
    });

    it('says the plugin is missing, links the configured installers, and finds it once installed', async () => {
      const el = await widget({
        lang: locale,
        subjects: 'business',
        methods: 'usb',
        'plugin-download-windows': 'https://portal.example.gov.vn/tai/plugin.msi',
        'plugin-download-macos': 'https://portal.example.gov.vn/tai/plugin.pkg',
      });
      const plugin = new FakeSigningPlugin({ holder: 'business', mode: 'missing' });
      el.signingPlugin = plugin;
      await waitFor(() => stepHeading(el) === w.missing, { message: 'missing screen' });
      expect(getButton(el, w.windows).getAttribute('href')).to.equal('https://portal.example.gov.vn/tai/plugin.msi');
      expect(getButton(el, w.macos).getAttribute('href')).to.equal('https://portal.example.gov.vn/tai/plugin.pkg');
      // This machine's system (Linux here) is neither: both links, none marked as this computer's.
      expect(deepQueryAll(el, '[data-this-os]')).to.have.length(0);
      await expect(el).to.be.accessible();

      plugin.settings.mode = 'ready';
      await tabTo(getButton(el, w.installed));
      await press('Enter');
      await waitFor(() => stepHeading(el) === w.ready, { message: 'found after installing' });
      expect(focused()?.localName).to.equal('h3');
      expect(deepQueryAll(el, 'strong').map((s) => s.textContent)).to.include(w.plugIn);
      await expect(el).to.be.accessible();
    });

    it('asks for an update below the configured minimum version, and goes on once updated', async () => {
      const el = await widget({ lang: locale, subjects: 'business', methods: 'usb', 'plugin-min-version': '2.0' });
      const plugin = new FakeSigningPlugin({ holder: 'business', mode: 'outdated' });
      el.signingPlugin = plugin;
      await waitFor(() => stepHeading(el) === w.outdated, { message: 'outdated screen' });
      expect(el.shadowRoot!.textContent).to.not.equal('');
      await expect(el).to.be.accessible();
      plugin.settings.mode = 'ready';
      await tabTo(getButton(el, w.updated));
      await press('Enter');
      await waitFor(() => stepHeading(el) === w.ready);
    });

    it('leads back to the other methods from the missing screen', async () => {
      const el = await widget({ lang: locale, subjects: 'citizen', methods: 'phone,usb' });
      el.signingPlugin = new FakeSigningPlugin({ mode: 'missing' });
      await tabTo(getButton(el, locale === 'vi' ? 'Tiếp tục' : 'Continue'));
      // phone is first: choose the token with the arrow keys.
      const radios = deepQueryAll<HTMLInputElement>(el, 'input[type=radio]');
      radios[0]!.focus();
      await press('ArrowDown');
      await tabTo(getButton(el, locale === 'vi' ? 'Tiếp tục' : 'Continue'));
      await press('Enter');
      await waitFor(() => stepHeading(el) === w.missing);
      await tabTo(getButton(el, w.other));
      await press('Enter');
      await waitFor(() => deepQueryAll(el, 'input[type=radio]').length === 2, { message: 'back at the methods' });
    });
  });
}

describe('the plugin check over a real socket (VGCA adapter from the configuration)', () => {
  it('finds the service the plugin-url points at, and reads its version', async () => {
    const { port } = await fixtureServers();
    const el = await widget({ subjects: 'business', methods: 'usb', 'plugin-url': `wss://127.0.0.1:${port}/vgca/installed` });
    await waitFor(() => stepHeading(el) === WORDS.vi.ready, { message: 'found over the socket' });
    expect(el.shadowRoot!.innerHTML.length).to.be.greaterThan(0);
    expect(deepQueryAll(el, '[role=status]').map((s) => s.textContent).join(' ') + deepQueryAll(el, '.alert').map((a) => a.textContent).join(' ')).to.include('1.0.5.2');
  });

  it('calls it outdated below plugin-min-version', async () => {
    const { port } = await fixtureServers();
    const el = await widget({ subjects: 'business', methods: 'usb', 'plugin-url': `wss://127.0.0.1:${port}/vgca/installed`, 'plugin-min-version': '1.1' });
    await waitFor(() => stepHeading(el) === WORDS.vi.outdated);
  });

  it('says missing within about 3 s when nothing listens', async () => {
    const { closedPort, silentPort } = await fixtureServers();
    for (const p of [closedPort, silentPort]) {
      const started = performance.now();
      const el = await widget({ subjects: 'business', methods: 'usb', 'plugin-url': `wss://127.0.0.1:${p}` });
      await waitFor(() => stepHeading(el) === WORDS.vi.missing, { timeout: 5000, message: `missing (port ${p}, closed ${closedPort}, silent ${silentPort}): ${stepHeading(el)}` });
      expect(performance.now() - started).to.be.below(4_000);
    }
  });
});
