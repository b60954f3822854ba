import { expect } from '@open-wc/testing';
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { SetupWorker } from 'msw/browser';
import type { DvcRegister } from '../../src/register/dvc-register.js';
import { signingMockBackend, signingScenarios } from '../../src/mocks/signing.js';
import { SigningError } from '../../src/signing/errors.js';
import { FakeSigningPlugin, type FakePluginSettings } from '../../src/signing/fake.js';
import { clean, deepQueryAll, focused, getButton, getRadio, queryButton, stepHeading, waitFor } from '../helpers/dom.js';
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
  // The system answered: not "could not reach" it.
  { name: 'backend-unknown', scenario: () => refusal(422, 'certificate_policy'), title: { vi: 'Hệ thống chưa xử lý được yêu cầu', en: 'The system could not complete the request' }, fix: {} },
  { name: 'backend-server_error', scenario: () => refusal(500, 'server_error'), title: { vi: 'Hệ thống chưa xử lý được yêu cầu', en: 'The system could not complete the request' }, fix: {} },
  {
    name: 'account_exists',
    scenario: signingScenarios.accountExists,
    title: { vi: 'Đã có tài khoản cho chứng thư số này', en: 'This certificate already has an account' },
    action: { vi: 'Lấy lại mật khẩu', en: 'Recover your password' },
  },
];

/** The challenge asked for answered once with a problem document, in the language it names. */
function refusal(status: number, code: string, title = 'Chứng thư số không đáp ứng chính sách của Cổng.', language?: string): HttpHandler[] {
  return [
    http.post(
      '*/api/registration/signing/challenges',
      () =>
        HttpResponse.json(
          { type: 'about:blank', title, status, code },
          { status, headers: { 'Content-Type': 'application/problem+json', ...(language ? { 'Content-Language': language } : {}) } },
        ),
      { once: true },
    ),
  ];
}

/** A plugin that fails to sign with its own code and words. */
class WordyPlugin extends FakeSigningPlugin {
  constructor(private readonly words: string) {
    super({ holder: 'business' });
  }
  override async sign(): Promise<never> {
    throw new SigningError('plugin_error', { pluginCode: 'P-7', pluginMessage: this.words });
  }
}

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
        // Focus on the title alone would read the title alone: what to do is its description.
        const description = focused()!.getAttribute('aria-describedby');
        expect(clean((focused()!.getRootNode() as ShadowRoot).getElementById(description ?? '')?.textContent)).to.not.equal('');
        expect(clean(screen.textContent)).to.not.equal('');
        // This portal offers the token alone: no screen sends the person to another way.
        expect(clean(screen.textContent).toLowerCase()).to.not.include(locale === 'vi' ? 'cách đăng ký khác' : 'another way');
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

    it('shows an unknown plugin error with the plugin’s code, and never its words as markup', async () => {
      const el = await widget({ lang: locale, subjects: 'business', methods: 'usb' });
      el.signingPlugin = new FakeSigningPlugin({ holder: 'business', mode: 'unknown-error' });
      await toSigning(el, locale);
      await tabTo(getButton(el, w.sign));
      await press('Enter');
      await waitFor(() => deepQueryAll(el, '[data-failure="plugin_error"]')[0]);
      const detail = clean(deepQueryAll(el, '.detail')[0]?.textContent);
      expect(detail).to.include('FAKE-42');
      // Words carrying markup are not shown at all, as the backend's are not (src/api/messages.ts).
      expect(detail).to.not.include('<b>');
      expect(deepQueryAll(el, '.detail b')).to.have.length(0);
    });

    /** A business signs with a plugin that fails with these words: the failure's detail. */
    async function pluginSaid(words: string): Promise<{ el: HTMLElement; detail: HTMLElement }> {
      const el = await widget({ lang: locale, subjects: 'business', methods: 'usb' });
      el.signingPlugin = new WordyPlugin(words);
      await toSigning(el, locale);
      await tabTo(getButton(el, w.sign));
      await press('Enter');
      return { el, detail: await waitFor(() => deepQueryAll(el, '[data-failure="plugin_error"] .detail')[0], { message: 'the detail' }) };
    }

    it('marks the plugin’s Vietnamese words as Vietnamese, and shows them only on a Vietnamese screen', async () => {
      const { el, detail } = await pluginSaid('Không đọc được thẻ ký số');
      expect(clean(detail.textContent)).to.include('P-7');
      const words = deepQueryAll(detail, '[lang]').map((e) => [e.getAttribute('lang'), clean(e.textContent)]);
      if (locale === 'vi') expect(words).to.deep.equal([['vi', 'Không đọc được thẻ ký số']]);
      else {
        expect(words).to.deep.equal([]);
        expect(clean(detail.textContent)).to.not.include('Không đọc được');
      }
      await expect(el).to.be.accessible();
    });

    it('does not show the plugin’s words in a language it does not name', async () => {
      const { detail } = await pluginSaid('Token not present');
      expect(clean(detail.textContent)).to.include('P-7').and.not.include('Token not present');
    });

    it('shows the system’s own words under a title that says it answered', async () => {
      const el = await widget({ lang: locale, subjects: 'business', methods: 'usb' });
      el.signingPlugin = new FakeSigningPlugin({ holder: 'business' });
      await toSigning(el, locale);
      const words = locale === 'vi' ? 'Chứng thư số không đáp ứng chính sách của Cổng.' : 'The certificate does not meet the portal’s policy.';
      worker.use(...refusal(422, 'certificate_policy', words, locale));
      await tabTo(getButton(el, w.sign));
      await press('Enter');
      const screen = await waitFor(() => deepQueryAll(el, '[data-failure="backend-unknown"]')[0], { message: 'the refusal' });
      expect(stepHeading(el)).to.equal(locale === 'vi' ? 'Hệ thống chưa xử lý được yêu cầu' : 'The system could not complete the request');
      expect(clean(screen.textContent)).to.include(words);
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

/** The wrong kind of token: advice to choose who registers again names only subjects the portal offers. */
const ADVICE = {
  vi: { chooseAgain: 'Chọn lại đối tượng đăng ký', citizen: 'công dân', business: 'doanh nghiệp', agency: 'cơ quan nhà nước', citizenCard: 'Công dân' },
  en: { chooseAgain: 'Choose who is registering again', citizen: 'citizen', business: 'business', agency: 'state agency', citizenCard: 'Citizen' },
} as const;

for (const locale of ['vi', 'en'] as const) {
  const w = WORDS[locale];
  const a = ADVICE[locale];
  describe(`USB-token wrong-subject advice, in ${locale}`, () => {
    beforeEach(async () => {
      await useMockBackend();
      signingMockBackend.reset();
    });

    async function wrongToken(el: DvcRegister, holder: 'citizen' | 'business'): Promise<string> {
      el.signingPlugin = new FakeSigningPlugin({ holder });
      await toSigning(el, locale);
      await tabTo(getButton(el, w.sign));
      await press('Enter');
      const screen = await waitFor(() => deepQueryAll(el, '[data-failure="certificate_wrong_subject"]')[0], { message: 'wrong-subject screen' });
      return clean(deepQueryAll(screen, 'p')[0]?.textContent).toLowerCase();
    }

    it('a business-only portal does not advise choosing citizen', async () => {
      const el = await widget({ lang: locale, subjects: 'business', methods: 'usb' });
      const body = await wrongToken(el, 'citizen');
      expect(body).to.not.include(a.citizen);
      expect(queryButton(el, a.chooseAgain)).to.equal(undefined);
    });

    it('a citizen on a portal for citizens and agencies is advised to choose agency, not business', async () => {
      const el = await widget({ lang: locale, subjects: 'citizen,agency', methods: 'usb' });
      await waitFor(() => getRadio(el, a.citizenCard), { message: 'subject choice' });
      getRadio(el, a.citizenCard).click();
      await tabTo(getButton(el, w.continue));
      await press('Enter');
      const body = await wrongToken(el, 'business');
      expect(body).to.include(a.agency).and.not.include(a.business);
      expect(queryButton(el, a.chooseAgain)).to.not.equal(undefined);
    });
  });
}
