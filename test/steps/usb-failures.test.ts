import { expect } from '@open-wc/testing';
import type { HttpHandler } from 'msw';
import type { SetupWorker } from 'msw/browser';
import type { DvcRegister } from '../../src/register/dvc-register.js';
import { signingMockBackend, signingScenarios } from '../../src/mocks/signing.js';
import { FakeSigningPlugin, type FakePluginSettings } from '../../src/signing/fake.js';
import { clean, deepQueryAll, focused, getButton, stepHeading, waitFor } from '../helpers/dom.js';
import { useMockBackend } from '../helpers/mock-worker.js';
import { press, tabTo } from '../helpers/user.js';
import { widget } from '../helpers/widget.js';

type Subject = 'citizen' | 'business';

interface FailureCase {
  /** data-failure of the fix-it screen. */
  readonly name: string;
  readonly subject?: Subject;
  readonly plugin?: Partial<FakePluginSettings>;
  readonly scenario?: () => HttpHandler[];
  /** The fix-it screen's title in each locale. */
  readonly title: { vi: string; en: string };
  /** What makes the retry work (the person plugged in another token, and so on). */
  readonly fix?: Partial<FakePluginSettings>;
  /** Fix-it screens without a plain retry say what leads on instead. */
  readonly action?: { vi: string; en: string };
}

const CASES: FailureCase[] = [
  { name: 'no_certificate', plugin: { mode: 'no-token' }, title: { vi: 'Không tìm thấy USB ký số', en: 'No USB signing token found' }, fix: { mode: 'ready' } },
  { name: 'cancelled', plugin: { mode: 'cancel' }, title: { vi: 'Bạn đã đóng cửa sổ nhập mã PIN', en: 'You closed the PIN window' }, fix: { mode: 'ready' } },
  { name: 'pin_locked', plugin: { mode: 'pin-locked' }, title: { vi: 'Mã PIN của USB ký số đã bị khóa', en: "The token's PIN is locked" }, fix: { mode: 'ready' } },
  { name: 'domain_refused', plugin: { mode: 'domain-refused' }, title: { vi: 'Công cụ ký số chưa cho phép trang này', en: 'The signing tool does not allow this site yet' }, fix: { mode: 'ready' } },
  { name: 'timeout', plugin: { mode: 'timeout' }, title: { vi: 'Công cụ ký số không trả lời', en: 'The signing tool did not answer' }, fix: { mode: 'ready' } },
  { name: 'plugin_error', plugin: { mode: 'unknown-error' }, title: { vi: 'Công cụ ký số báo lỗi', en: 'The signing tool reported an error' }, fix: { mode: 'ready' } },
  {
    name: 'not_installed',
    plugin: { mode: 'missing' },
    title: { vi: 'Không còn thấy công cụ ký số', en: 'The signing tool is no longer found' },
    action: { vi: 'Kiểm tra lại công cụ ký số', en: 'Check the signing tool again' },
  },
  { name: 'certificate_expired', plugin: { certificate: 'expired' }, title: { vi: 'Chứng thư số đã hết hạn', en: 'The certificate has expired' }, fix: { certificate: 'valid' } },
  { name: 'certificate_not_yet_valid', plugin: { certificate: 'not-yet-valid' }, title: { vi: 'Chứng thư số chưa có hiệu lực', en: 'The certificate is not valid yet' }, fix: { certificate: 'valid' } },
  { name: 'certificate_revoked', plugin: { certificate: 'revoked' }, title: { vi: 'Chứng thư số đã bị thu hồi', en: 'The certificate has been revoked' }, fix: { certificate: 'valid' } },
  {
    name: 'certificate_wrong_subject',
    plugin: { holder: 'citizen' },
    title: { vi: 'Đây là chữ ký số cá nhân', en: 'This is a personal signing certificate' },
    fix: { holder: 'business' },
  },
  {
    name: 'certificate_wrong_subject',
    subject: 'citizen',
    plugin: { holder: 'business' },
    title: { vi: 'Đây là chữ ký số của tổ chức', en: "This is an organisation's signing certificate" },
    fix: { holder: 'citizen' },
  },
  { name: 'certificate_untrusted', scenario: signingScenarios.certificateUntrusted, title: { vi: 'Chứng thư số không được chấp nhận', en: 'The certificate is not accepted' }, fix: {} },
  { name: 'signature_invalid', scenario: signingScenarios.signatureRejected, title: { vi: 'Hệ thống không chấp nhận chữ ký', en: 'The system did not accept the signature' }, fix: {} },
  { name: 'challenge_expired', scenario: signingScenarios.challengeAlwaysExpired, title: { vi: 'Phiên ký đã hết hạn', en: 'The signing session expired' }, fix: {} },
  { name: 'backend-network', scenario: signingScenarios.backendUnreachable, title: { vi: 'Chưa kết nối được tới hệ thống', en: 'Could not reach the system' }, fix: {} },
  {
    name: 'account_exists',
    scenario: signingScenarios.accountExists,
    title: { vi: 'Đã có tài khoản cho chứng thư số này', en: 'This certificate already has an account' },
    action: { vi: 'Lấy lại mật khẩu', en: 'Recover password' },
  },
];

const WORDS = {
  vi: { continue: 'Tiếp tục', sign: 'Ký số', retry: 'Thử lại', details: 'Xác nhận thông tin đăng ký', plugin: 'Đã sẵn sàng ký số' },
  en: { continue: 'Continue', sign: 'Sign', retry: 'Try again', details: 'Confirm your registration details', plugin: 'Ready to sign' },
} as const;

async function toSigning(el: DvcRegister, locale: 'vi' | 'en'): Promise<void> {
  // The widget opens on this step, so nothing moves focus yet: the person tabs into it.
  await waitFor(() => stepHeading(el) === WORDS[locale].plugin, { message: 'plugin found' });
  await tabTo(getButton(el, WORDS[locale].continue));
  await press('Enter');
  await waitFor(() => getButton(el, WORDS[locale].sign));
  await waitFor(() => focused()?.localName === 'h3', { message: 'focus on the signing heading' });
}

for (const locale of ['vi', 'en'] as const) {
  const w = WORDS[locale];
  describe(`USB-token fix-it screens, in ${locale}`, () => {
    let worker: SetupWorker;
    beforeEach(async () => {
      worker = await useMockBackend();
      signingMockBackend.reset();
    });

    for (const c of CASES) {
      const subject = c.subject ?? 'business';
      it(`${c.name} (${subject}): its own screen, focused and axe-clean, and a way on that works`, async () => {
        // A portal offering this subject and only the token opens on the plugin check.
        const el = await widget({ lang: locale, subjects: subject, methods: 'usb' });
        const plugin = new FakeSigningPlugin({ holder: subject, ...c.plugin, ...(c.plugin?.mode === 'missing' ? { mode: 'ready' } : {}) });
        el.signingPlugin = plugin;
        await toSigning(el, locale);
        // The plugin goes away between the check and the signing.
        if (c.plugin?.mode === 'missing') plugin.settings.mode = 'missing';
        if (c.scenario) worker.use(...c.scenario());

        await tabTo(getButton(el, w.sign));
        await press('Enter');
        const screen = await waitFor(() => deepQueryAll(el, `[data-failure="${c.name}"]`)[0], { message: `fix-it screen ${c.name}` });
        expect(stepHeading(el)).to.equal(c.title[locale]);
        await waitFor(() => focused()?.localName === 'h3' && clean(focused()!.textContent) === c.title[locale], { message: 'focus on the fix-it title' });
        expect(clean(screen.textContent)).to.not.equal('');
        await expect(el).to.be.accessible();

        if (c.action) {
          const action = getButton(el, c.action[locale]);
          if (c.name === 'not_installed') {
            plugin.settings.mode = 'ready';
            await tabTo(action);
            await press('Enter');
            await waitFor(() => stepHeading(el) === w.plugin, { message: 'back at the plugin check' });
          } else {
            expect(action.getAttribute('href')).to.match(/quen-mat-khau/);
          }
          return;
        }

        // The person fixes what the screen said and tries again: the registration goes on.
        Object.assign(plugin.settings, c.fix);
        worker.resetHandlers();
        await tabTo(getButton(el, w.retry));
        await press('Enter');
        await waitFor(() => stepHeading(el) === w.details, { message: 'the retry reaches the holder details' });
      });
    }

    it('shows an unknown plugin error with the plugin’s code and words, as text', async () => {
      const el = await widget({ lang: locale, subjects: 'business', methods: 'usb' });
      el.signingPlugin = new FakeSigningPlugin({ holder: 'business', mode: 'unknown-error' });
      await toSigning(el, locale);
      await tabTo(getButton(el, w.sign));
      await press('Enter');
      await waitFor(() => deepQueryAll(el, '[data-failure="plugin_error"]')[0]);
      const detail = clean(deepQueryAll(el, '.detail')[0]?.textContent);
      expect(detail).to.include('FAKE-42').and.include('<b>không rõ</b>');
      expect(deepQueryAll(el, '.detail b')).to.have.length(0);
    });

    it('asks for a new challenge once, without a word, when the first has expired', async () => {
      const el = await widget({ lang: locale, subjects: 'business', methods: 'usb' });
      const plugin = new FakeSigningPlugin({ holder: 'business' });
      el.signingPlugin = plugin;
      await toSigning(el, locale);
      worker.use(...signingScenarios.challengeExpiredOnce());
      await tabTo(getButton(el, w.sign));
      await press('Enter');
      await waitFor(() => stepHeading(el) === w.details, { message: 'holder details after the silent retry' });
      expect(plugin.signed).to.have.length(2);
      expect(signingMockBackend.issuedChallenges()).to.have.length(2);
    });
  });
}
