import { expect, oneEvent } from '@open-wc/testing';
import { mockBackend } from '../../src/mocks/backend.js';
import { REMOTE_MAGIC, remoteSigningMock, remoteSigningScenarios } from '../../src/mocks/remote-signing.js';
import { announcements, clean, deepQueryAll, focused, getButton, getByLabel, stepHeading, visibleText, waitFor } from '../helpers/dom.js';
import { useMockBackend } from '../helpers/mock-worker.js';
import { press, tabTo, type } from '../helpers/user.js';
import { captchaAnswer, widget } from '../helpers/widget.js';

/** What a person reads, per locale. */
const W = {
  vi: {
    simForm: 'Đăng ký bằng SIM ký số',
    smartcaForm: 'Đăng ký bằng VNPT SmartCA',
    phone: 'Số điện thoại của SIM ký số',
    userId: 'Tên đăng nhập VNPT SmartCA (số CCCD)',
    register: 'Đăng ký',
    simWaiting: 'Kiểm tra điện thoại: xác nhận và nhập mã PIN của SIM ký số',
    smartcaWaiting: 'Mở ứng dụng VNPT SmartCA và xác nhận yêu cầu',
    holder: 'Thông tin chủ chứng thư số',
    email: 'Email',
    captcha: 'Mã xác thực',
    done: 'Đăng ký thành công',
    cancel: 'Hủy yêu cầu',
    cancelled: 'Đã hủy yêu cầu',
    resend: 'Gửi lại yêu cầu',
    offline: 'Đang chờ kết nối',
    start: 'Đã gửi yêu cầu. Bạn có khoảng 5 phút để xác nhận trên điện thoại.',
    startOneMinute: 'Đã gửi yêu cầu. Bạn có khoảng 1 phút để xác nhận trên điện thoại.',
    oneMinute: 'Còn 1 phút để xác nhận trên điện thoại.',
    end: 'Đã hết thời gian chờ xác nhận.',
    expired: 'Yêu cầu đã hết hạn',
    wrongHolder: 'Chứng thư số không khớp với đối tượng đăng ký',
    emailRequired: 'Hãy nhập địa chỉ email.',
  },
  en: {
    simForm: 'Register with a signing SIM',
    smartcaForm: 'Register with VNPT SmartCA',
    phone: 'Phone number of the signing SIM',
    userId: 'VNPT SmartCA user name (CCCD number)',
    register: 'Register',
    simWaiting: "Check your phone: confirm and enter your signing SIM's PIN",
    smartcaWaiting: 'Open the VNPT SmartCA app and confirm the request',
    holder: 'Certificate holder',
    email: 'Email',
    captcha: 'Verification code',
    done: 'Registration complete',
    cancel: 'Cancel the request',
    cancelled: 'Request cancelled',
    resend: 'Send the request again',
    offline: 'Waiting for the connection',
    start: 'Request sent. You have about 5 minutes to confirm on your phone.',
    startOneMinute: 'Request sent. You have about a minute to confirm on your phone.',
    oneMinute: '1 minute left to confirm on your phone.',
    end: 'The time to confirm has run out.',
    expired: 'The request has expired',
    wrongHolder: 'The certificate does not match who is registering',
    emailRequired: 'Please enter your email address.',
  },
} as const;

/** The first status request comes 2 s after the start; a few seconds more for a busy machine. */
const POLL_WAIT = { timeout: 15_000 };

async function tabAndType(input: HTMLInputElement, text: string): Promise<void> {
  await tabTo(input);
  await type(input, text);
}

/** The read-only holder data, as a sighted person reads it. */
function holderText(el: Element): string {
  return clean(deepQueryAll(el, 'dvc-certificate-holder')[0]?.shadowRoot?.textContent);
}

async function pressButton(el: Element, name: string | RegExp): Promise<void> {
  await tabTo(getButton(el, name));
  await press('Enter');
}

for (const locale of ['vi', 'en'] as const) {
  const w = W[locale];

  describe(`remote signing, in ${locale}, with the keyboard alone`, () => {
    beforeEach(async () => {
      await useMockBackend();
      remoteSigningMock.reset();
    });

    it('SIM ký số for a citizen: phone → waiting with code and countdown → confirmed on the phone → holder → done', async () => {
      const el = await widget({ lang: locale, subjects: 'citizen', methods: 'sim' });
      await waitFor(() => stepHeading(el) === w.simForm, { message: 'SIM form' });
      await tabAndType(getByLabel(el, w.phone), '0912 345 678');
      await pressButton(el, w.register);

      await waitFor(() => stepHeading(el) === w.simWaiting, { message: 'waiting screen' });
      expect(clean(focused()?.textContent)).to.equal(w.simWaiting);
      const pushed = remoteSigningMock.last()!;
      expect(pushed).to.include({ method: 'sim', to: '+84912345678' });
      expect(clean(deepQueryAll(el, '.short-code')[0]?.textContent)).to.equal(pushed.shortCode);
      expect(visibleText(el)).to.match(/[45]:\d\d/);
      expect(visibleText(el)).to.contain('0912 345 678');
      await waitFor(() => announcements(el).includes(w.start), { message: 'start announced' });
      // Nothing on the page asks for the PIN.
      expect(deepQueryAll(el, 'input')).to.have.length(0);

      remoteSigningMock.act(pushed.id, 'confirm');
      await waitFor(() => stepHeading(el) === w.holder, { ...POLL_WAIT, message: 'holder step' });
      expect(holderText(el)).to.contain('Nguyễn Văn An');
      expect(holderText(el)).to.contain('001099012345');
      expect(getByLabel(el, w.email).required).to.equal(false);
      await tabAndType(getByLabel(el, w.captcha), await captchaAnswer(el));
      const completed = oneEvent(el, 'dvc-complete');
      await press('Enter');
      expect((await completed).detail).to.deep.equal({ subject: 'citizen', method: 'sim', username: '001099012345', assuranceLevel: 3 });
      await waitFor(() => stepHeading(el) === w.done, { message: 'done' });
    });

    it('VNPT SmartCA for a citizen: user id (CCCD) → open the app → holder → done', async () => {
      const el = await widget({ lang: locale, subjects: 'citizen', methods: 'smartca' });
      await waitFor(() => stepHeading(el) === w.smartcaForm);
      await tabAndType(getByLabel(el, w.userId), '001099012345');
      await press('Enter');
      await waitFor(() => stepHeading(el) === w.smartcaWaiting, { message: 'waiting screen' });
      expect(remoteSigningMock.last()).to.include({ method: 'smartca', to: '001099012345' });
      remoteSigningMock.act(remoteSigningMock.last()!.id, 'confirm');
      await waitFor(() => stepHeading(el) === w.holder, POLL_WAIT);
      await tabAndType(getByLabel(el, w.captcha), await captchaAnswer(el));
      await press('Enter');
      await waitFor(() => stepHeading(el) === w.done, { message: 'done' });
    });

    it('SIM ký số for a business: the company holder, and its email is required', async () => {
      const el = await widget({ lang: locale, subjects: 'business', methods: 'sim' });
      await tabAndType(getByLabel(el, w.phone), '0912345678');
      await press('Enter');
      await waitFor(() => stepHeading(el) === w.simWaiting);
      remoteSigningMock.act(remoteSigningMock.last()!.id, 'confirm');
      await waitFor(() => stepHeading(el) === w.holder, POLL_WAIT);
      expect(holderText(el)).to.contain('Công ty TNHH Thương mại Sao Mai');
      expect(holderText(el)).to.contain('0101234567');
      await tabAndType(getByLabel(el, w.captcha), await captchaAnswer(el));
      await press('Enter');
      await waitFor(() => focused()?.hasAttribute('data-error-summary'), { message: 'error summary' });
      expect(visibleText(el)).to.contain(w.emailRequired);
      await tabAndType(getByLabel(el, w.email), 'ketoan@saomai.vn');
      const completed = oneEvent(el, 'dvc-complete');
      await pressButton(el, w.register);
      expect((await completed).detail).to.include({ subject: 'business', method: 'sim', username: '0101234567' });
    });

    it('cancel tells the backend, says so, and "send again" starts a new request', async () => {
      const el = await widget({ lang: locale, subjects: 'citizen', methods: 'sim' });
      await tabAndType(getByLabel(el, w.phone), '0912345678');
      await press('Enter');
      await waitFor(() => stepHeading(el) === w.simWaiting);
      const first = remoteSigningMock.last()!;
      await pressButton(el, w.cancel);
      await waitFor(() => stepHeading(el) === w.cancelled, { message: 'cancelled screen' });
      expect(focused()?.hasAttribute('data-alert')).to.equal(true);
      // The backend was told: confirming on the phone now changes nothing.
      remoteSigningMock.act(first.id, 'confirm');
      expect(remoteSigningMock.pollsOf(first.id)).to.be.lessThan(2);
      await pressButton(el, w.resend);
      await waitFor(() => stepHeading(el) === w.simWaiting, { message: 'waiting again' });
      expect(remoteSigningMock.last()!.id).not.to.equal(first.id);
    });

    it('a network loss shows "waiting for connection" and resumes by itself', async () => {
      const worker = await useMockBackend();
      const el = await widget({ lang: locale, subjects: 'citizen', methods: 'sim' });
      await tabAndType(getByLabel(el, w.phone), '0912345678');
      await press('Enter');
      await waitFor(() => stepHeading(el) === w.simWaiting);
      worker.use(...remoteSigningScenarios.statusOffline());
      await waitFor(() => visibleText(el).includes(w.offline), { ...POLL_WAIT, message: 'offline notice' });
      worker.resetHandlers();
      remoteSigningMock.act(remoteSigningMock.last()!.id, 'confirm');
      await waitFor(() => stepHeading(el) === w.holder, { ...POLL_WAIT, message: 'holder after reconnecting' });
    });

    it('announces the countdown only at the start, at one minute left and at the end', async () => {
      remoteSigningMock.expiresIn = 62;
      const el = await widget({ lang: locale, subjects: 'citizen', methods: 'sim' });
      await tabAndType(getByLabel(el, w.phone), '0912345678');
      await press('Enter');
      await waitFor(() => stepHeading(el) === w.simWaiting);
      const status = deepQueryAll(el, '[role=status]').find((s) => (s.getRootNode() as ShadowRoot).host?.localName === 'dvc-step-remote-sign')!;
      const said: string[] = [];
      const record = () => {
        const text = clean(status.textContent);
        if (text && said.at(-1) !== text) said.push(text);
      };
      record();
      const observer = new MutationObserver(record);
      observer.observe(status, { childList: true, characterData: true, subtree: true });
      await waitFor(() => said.length >= 2, { timeout: 8000, message: 'one-minute announcement' });
      await new Promise((r) => setTimeout(r, 2500));
      observer.disconnect();
      expect(said).to.deep.equal([w.startOneMinute, w.oneMinute]);
      // The visible countdown is not a live region: it would be read every second.
      const countdown = deepQueryAll(el, '.countdown')[0]!;
      expect(countdown.closest('[aria-live], [role=status], [role=alert]')).to.equal(null);
    });

    it('at expiry: one announcement, then the expired screen', async () => {
      remoteSigningMock.expiresIn = 3;
      const el = await widget({ lang: locale, subjects: 'citizen', methods: 'sim' });
      await tabAndType(getByLabel(el, w.phone), '0912345678');
      await press('Enter');
      await waitFor(() => stepHeading(el) === w.expired, { ...POLL_WAIT, message: 'expired screen' });
      expect(visibleText(el)).to.contain(w.resend);
    });

    it('a citizen certificate cannot open a business account', async () => {
      const el = await widget({ lang: locale, subjects: 'business', methods: 'sim' });
      await tabAndType(getByLabel(el, w.phone), REMOTE_MAGIC.citizenCertificate.replace('+84', '0'));
      await press('Enter');
      await waitFor(() => stepHeading(el) === w.simWaiting);
      remoteSigningMock.act(remoteSigningMock.last()!.id, 'confirm');
      await waitFor(() => stepHeading(el) === w.wrongHolder, POLL_WAIT);
      await expect(el).to.be.accessible();
    });
  });
}

describe('remote signing: the element away and back', () => {
  beforeEach(() => remoteSigningMock.reset());

  it('polls nothing while removed, checks at once when put back', async () => {
    const el = await widget({ subjects: 'citizen', methods: 'sim' });
    await tabAndType(getByLabel(el, W.vi.phone), '0912345678');
    await press('Enter');
    await waitFor(() => stepHeading(el) === W.vi.simWaiting);
    const id = remoteSigningMock.last()!.id;
    await waitFor(() => remoteSigningMock.pollsOf(id) >= 1, { ...POLL_WAIT, message: 'first poll' });
    const parent = el.parentElement!;
    el.remove();
    const polls = remoteSigningMock.pollsOf(id);
    remoteSigningMock.act(id, 'confirm');
    await new Promise((r) => setTimeout(r, 4500));
    expect(remoteSigningMock.pollsOf(id), 'no polls while away').to.equal(polls);
    parent.append(el);
    await waitFor(() => stepHeading(el) === W.vi.holder, { timeout: 1500, message: 'checked at once on return' });
  });

  it('going back to the method and choosing SIM again resumes the same request', async function () {
    const el = await widget({ subjects: 'citizen', methods: 'sim,smartca' });
    await waitFor(() => deepQueryAll(el, 'input[type=radio]').length > 0);
    const sim = deepQueryAll<HTMLInputElement>(el, 'input[type=radio]').find((r) => r.value === 'sim')!;
    sim.click();
    await pressButton(el, /Tiếp tục/);
    await waitFor(() => stepHeading(el) === W.vi.simForm);
    await tabAndType(getByLabel(el, W.vi.phone), '0912345678');
    await press('Enter');
    await waitFor(() => stepHeading(el) === W.vi.simWaiting);
    const id = remoteSigningMock.last()!.id;
    await pressButton(el, /Quay lại/);
    await waitFor(() => deepQueryAll(el, 'input[type=radio]').length > 0, { message: 'method step' });
    await pressButton(el, /Tiếp tục/);
    await waitFor(() => stepHeading(el) === W.vi.simWaiting, { message: 'waiting again' });
    expect(remoteSigningMock.last()!.id).to.equal(id);
    remoteSigningMock.act(id, 'confirm');
    await waitFor(() => stepHeading(el) === W.vi.holder, POLL_WAIT);
    void mockBackend;
  });
});
