/**
 * What SIM ký số and VNPT SmartCA say around their outcomes: only the current state in the live
 * region, a wrong-holder message that names only choices the portal offers, the ways into an
 * account that already exists, and a done screen whose safety line is about the signing PIN.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { remoteSigningMock, remoteSigningScenarios, REMOTE_MAGIC } from '../../src/mocks/remote-signing.js';
import { announcements, clean, deepQueryAll, focused, getButton, getByLabel, stepHeading, visibleText, waitFor } from '../helpers/dom.js';
import { useMockBackend } from '../helpers/mock-worker.js';
import { press, tabTo, type } from '../helpers/user.js';
import { captchaAnswer, widget } from '../helpers/widget.js';

const POLL_WAIT = { timeout: 15_000 };
const SIGN_IN = 'https://cong.example.vn/dang-nhap';
const FORGOT = 'https://cong.example.vn/quen-mat-khau';

const W = {
  vi: {
    phone: 'Số điện thoại của SIM ký số',
    userId: 'Tên đăng nhập VNPT SmartCA (số CCCD)',
    waiting: 'Kiểm tra điện thoại: xác nhận và nhập mã PIN của SIM ký số',
    sent: 'Đã gửi yêu cầu',
    rejected: 'Yêu cầu đã bị từ chối',
    wrongHolder: 'Chứng thư số không khớp với đối tượng đăng ký',
    chooseAgain: 'Hoặc chọn lại đối tượng đăng ký là “Công dân”.',
    locked: 'Chữ ký số đang bị khóa',
    otherWay: 'chọn cách đăng ký khác',
    holder: 'Thông tin chủ chứng thư số',
    captcha: 'Mã xác thực',
    done: 'Đăng ký thành công',
    signIn: 'Đăng nhập',
    forgot: 'Lấy lại mật khẩu',
    pin: 'mã PIN',
    password: /mật khẩu|OTP/,
  },
  en: {
    phone: 'Phone number of the signing SIM',
    userId: 'VNPT SmartCA user name (CCCD number)',
    waiting: "Check your phone: confirm and enter your signing SIM's PIN",
    sent: 'Request sent',
    rejected: 'The request was declined',
    wrongHolder: 'The certificate does not match who is registering',
    chooseAgain: 'Or choose “Citizen” as who is registering.',
    locked: 'Your digital signature is locked',
    otherWay: 'another way to register',
    holder: 'Certificate holder',
    captcha: 'Verification code',
    done: 'Registration complete',
    signIn: 'Sign in',
    forgot: 'Recover your password',
    pin: 'PIN',
    password: /password|OTP/,
  },
} as const;

async function sendToPhone(el: Element, label: string, value: string): Promise<void> {
  const input = getByLabel(el, label);
  await tabTo(input);
  await type(input, value);
  await press('Enter');
}

/** Chooses a card (a subject or a method) by its value and goes on, as a keyboard user does. */
async function choose(el: Element, value: string, locale: 'vi' | 'en'): Promise<void> {
  const card = await waitFor(() => deepQueryAll<HTMLInputElement>(el, 'input[type=radio]').find((r) => r.value === value), { message: value });
  card.click();
  await tabTo(getButton(el, locale === 'vi' ? 'Tiếp tục' : 'Continue'));
  await press('Enter');
}

/** The alert's text and the ways on it offers as links: [name, href]. */
function alertLinks(el: Element): string[][] {
  return deepQueryAll<HTMLAnchorElement>(el, '[data-alert] a').map((a) => [clean(a.textContent), a.getAttribute('href') ?? '']);
}

for (const locale of ['vi', 'en'] as const) {
  const w = W[locale];
  describe(`remote signing outcome words, in ${locale}`, () => {
    beforeEach(() => remoteSigningMock.reset());

    it('an outcome replaces "request sent" in the live region', async () => {
      (await useMockBackend()).use(...remoteSigningScenarios.rejected());
      const el = await widget({ lang: locale, subjects: 'citizen', methods: 'sim' });
      await sendToPhone(el, w.phone, '0912345678');
      await waitFor(() => announcements(el).some((a) => a.startsWith(w.sent)), { ...POLL_WAIT, message: '"request sent" announced' });
      await waitFor(() => stepHeading(el) === w.rejected, { ...POLL_WAIT, message: 'the refusal' });
      await waitFor(() => focused()?.hasAttribute('data-alert'), { message: 'the alert has focus' });
      expect(announcements(el).filter((a) => a.startsWith(w.sent)), 'nothing says the request is still out').to.deep.equal([]);
    });

    it('a citizen certificate for a business, on a business-only portal: no advice to choose another subject, no article before its kind', async () => {
      const el = await widget({ lang: locale, subjects: 'business', methods: 'sim' });
      await sendToPhone(el, w.phone, REMOTE_MAGIC.citizenCertificate.replace('+84', '0'));
      await waitFor(() => stepHeading(el) === w.waiting, { message: 'waiting' });
      remoteSigningMock.act(remoteSigningMock.last()!.id, 'confirm');
      await waitFor(() => stepHeading(el) === w.wrongHolder, { ...POLL_WAIT, message: 'wrong holder' });
      const body = clean(deepQueryAll(el, '[data-alert]')[0]?.textContent);
      expect(body).to.not.include(w.chooseAgain);
      if (locale === 'en') expect(body).to.include('was issued to an individual, but').and.not.match(/\ba “/);
    });

    it('a citizen certificate for a business, where citizens may register: advises choosing again', async () => {
      const el = await widget({ lang: locale, subjects: 'business,citizen', methods: 'sim' });
      await choose(el, 'business', locale);
      await waitFor(() => getByLabel(el, w.phone), { message: 'SIM form' });
      await sendToPhone(el, w.phone, REMOTE_MAGIC.citizenCertificate.replace('+84', '0'));
      await waitFor(() => stepHeading(el) === w.waiting, { message: 'waiting' });
      remoteSigningMock.act(remoteSigningMock.last()!.id, 'confirm');
      await waitFor(() => stepHeading(el) === w.wrongHolder, { ...POLL_WAIT, message: 'wrong holder' });
      expect(clean(deepQueryAll(el, '[data-alert]')[0]?.textContent)).to.include(w.chooseAgain);
    });

    it('a locked key, where SIM is the only way: no advice to choose another way', async () => {
      (await useMockBackend()).use(...remoteSigningScenarios.keyLocked());
      const el = await widget({ lang: locale, subjects: 'citizen', methods: 'sim' });
      await sendToPhone(el, w.phone, '0912345678');
      await waitFor(() => stepHeading(el) === w.locked, { ...POLL_WAIT, message: 'locked' });
      expect(clean(deepQueryAll(el, '[data-alert]')[0]?.textContent).toLowerCase()).to.not.include(w.otherWay);
    });

    it('a locked key, where another method is offered: advises it', async () => {
      (await useMockBackend()).use(...remoteSigningScenarios.keyLocked());
      const el = await widget({ lang: locale, subjects: 'citizen', methods: 'phone,sim' });
      await choose(el, 'sim', locale);
      await waitFor(() => getByLabel(el, w.phone), { message: 'SIM form' });
      await sendToPhone(el, w.phone, '0912345678');
      await waitFor(() => stepHeading(el) === w.locked, { ...POLL_WAIT, message: 'locked' });
      expect(clean(deepQueryAll(el, '[data-alert]')[0]?.textContent).toLowerCase()).to.include(w.otherWay);
    });

    it('an account that exists already, at the start: the ways to sign in or recover the password', async () => {
      const el = await widget({ lang: locale, subjects: 'citizen', methods: 'smartca', 'sign-in-url': SIGN_IN, 'forgot-password-url': FORGOT });
      await sendToPhone(el, w.userId, '001099000001');
      await waitFor(() => alertLinks(el).length > 0, { message: 'the links' });
      expect(alertLinks(el)).to.deep.equal([
        [w.signIn, SIGN_IN],
        [w.forgot, FORGOT],
      ]);
      await expect(el).to.be.accessible();
    });

    it('an account that exists already, at the last step: the same ways in', async () => {
      const worker = await useMockBackend();
      const el = await widget({ lang: locale, subjects: 'citizen', methods: 'sim', 'sign-in-url': SIGN_IN, 'forgot-password-url': FORGOT });
      await sendToPhone(el, w.phone, '0912345678');
      await waitFor(() => stepHeading(el) === w.waiting, { message: 'waiting' });
      remoteSigningMock.act(remoteSigningMock.last()!.id, 'confirm');
      await waitFor(() => stepHeading(el) === w.holder, { ...POLL_WAIT, message: 'holder step' });
      const problem = { type: 'about:blank', title: 'Exists', status: 409, code: 'account_exists' };
      worker.use(
        http.post(/\/remote-signing\/transactions\/[^/]+\/account$/, () => HttpResponse.json(problem, { status: 409, headers: { 'Content-Type': 'application/problem+json' } }), {
          once: true,
        }),
      );
      await sendToPhone(el, w.captcha, await captchaAnswer(el));
      await waitFor(() => alertLinks(el).length > 0, { message: 'the links' });
      expect(alertLinks(el)).to.deep.equal([
        [w.signIn, SIGN_IN],
        [w.forgot, FORGOT],
      ]);
    });

    it('the done screen warns about the signing PIN, not a password or OTP never asked for', async () => {
      const el = await widget({ lang: locale, subjects: 'citizen', methods: 'sim' });
      await sendToPhone(el, w.phone, '0912345678');
      await waitFor(() => stepHeading(el) === w.waiting, { message: 'waiting' });
      remoteSigningMock.act(remoteSigningMock.last()!.id, 'confirm');
      await waitFor(() => stepHeading(el) === w.holder, { ...POLL_WAIT, message: 'holder step' });
      await sendToPhone(el, w.captcha, await captchaAnswer(el));
      await waitFor(() => stepHeading(el) === w.done, { message: 'done' });
      const safety = clean(deepQueryAll(el, 'p.hint').at(-1)?.textContent);
      expect(safety).to.include(w.pin).and.not.match(w.password);
      expect(visibleText(el)).to.include(safety);
    });
  });
}
