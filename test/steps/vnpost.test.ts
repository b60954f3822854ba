import { decodeCaptchaAudio } from '../helpers/tone-decoder.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { mockBackend } from '../../src/mocks/backend.js';
import { MOCK_BASE } from '../../src/mocks/handlers.js';
import { useMockBackend } from '../helpers/mock-worker.js';
import { clean, deepQueryAll, getButton, getByLabel, getRadio, stepHeading, visibleText, waitFor } from '../helpers/dom.js';
import { press, type } from '../helpers/user.js';
import { widget } from '../helpers/widget.js';
import { pick, pickers } from '../helpers/address.js';
import { fillVnpost, VNPOST_WORDS } from '../helpers/vnpost-journey.js';

const W = VNPOST_WORDS;

async function heardCaptcha(el: HTMLElement, listen: string): Promise<string> {
  getButton(el, listen).click();
  const audio = await waitFor(() => deepQueryAll<HTMLAudioElement>(el, 'audio')[0], { message: 'the audio player' });
  return decodeCaptchaAudio(await (await fetch(audio.src)).arrayBuffer());
}

for (const locale of ['vi', 'en'] as const) {
  const w = W[locale];

  describe(`registering with a Vietnam Post account, in ${locale}`, () => {
    it('checks the username as it is typed and says when it is free', async () => {
      const el = await widget({ lang: locale, methods: 'vnpost' });
      await waitFor(() => stepHeading(el) === w.details);
      await type(getByLabel(el, w.username), 'nguyenvanan');
      await waitFor(() => visibleText(el).includes(w.taken), { message: 'taken' });
      expect(getByLabel(el, w.username).getAttribute('aria-invalid')).to.equal('true');
      await type(getByLabel(el, w.username), 'nguyenvanan.1990');
      await waitFor(() => visibleText(el).includes(w.available), { message: 'available' });
      expect(getByLabel(el, w.username).getAttribute('aria-invalid')).to.equal(null);
    });

    it('is filled in without seeing the captcha image: its code is heard instead', async () => {
      const el = await widget({ lang: locale, methods: 'vnpost' });
      await fillVnpost(el, w, { captcha: (el) => heardCaptcha(el, locale === 'vi' ? 'Nghe mã' : 'Listen') });
      getButton(el, w.register).click();
      await waitFor(() => stepHeading(el) === w.activation, { message: 'activation step: the heard code was right' });
    });

    it('activates by SMS: details → activation → OTP → password → done', async () => {
      const el = await widget({ lang: locale, methods: 'vnpost' });
      await fillVnpost(el, w);
      getButton(el, w.register).click();
      await waitFor(() => stepHeading(el) === w.activation, { message: 'activation step' });
      expect(getRadio(el, w.sms).checked).to.equal(true);
      getButton(el, w.send).click();
      await waitFor(() => stepHeading(el) === w.otpHeading);
      await type(getByLabel(el, w.otp), mockBackend.lastOtp()!.code);
      await press('Enter');
      await waitFor(() => stepHeading(el) === w.passwordHeading);
      expect(deepQueryAll<HTMLInputElement>(el, 'input[autocomplete=username]')[0]!.value).to.equal('tran.binh88');
      await type(getByLabel(el, w.password), 'Sen-hong#1988');
      await type(getByLabel(el, w.confirm), 'Sen-hong#1988');
      await sendKeys({ press: 'Enter' });
      await waitFor(() => stepHeading(el) === w.done);
    });

    it('activates by email: a "check your inbox" step with the masked address, resend and a way back', async () => {
      mockBackend.timing.otpResendAfter = 1;
      const el = await widget({ lang: locale, methods: 'vnpost' });
      await fillVnpost(el, w);
      getButton(el, w.register).click();
      await waitFor(() => stepHeading(el) === w.activation);
      getRadio(el, w.byEmail).click();
      getButton(el, w.send).click();
      await waitFor(() => stepHeading(el) === w.inbox);
      expect(visibleText(el)).to.contain('bi•••@example.vn');
      expect(mockBackend.linksSent()).to.have.length(1);
      const resend = await waitFor(() => deepQueryAll(el, 'button').find((b) => clean(b.textContent) === w.resendLink), { timeout: 4000 });
      resend.click();
      await waitFor(() => mockBackend.linksSent().length === 2);
      getButton(el, w.change).click();
      await waitFor(() => stepHeading(el) === w.activation);
      expect(getRadio(el, w.byEmail).checked).to.equal(true);
    });

    it('offers activation by email only when an email address was given', async () => {
      const el = await widget({ lang: locale, methods: 'vnpost' });
      await fillVnpost(el, w, { email: '' });
      getButton(el, w.register).click();
      await waitFor(() => stepHeading(el) === w.activation);
      expect(deepQueryAll(el, 'input[type=radio]')).to.have.length(1);
    });
  });
}

describe('the "same as permanent address" checkbox', () => {
  it('copies the permanent address and keeps it in sync while checked', async () => {
    const el = await widget({ methods: 'vnpost' });
    await waitFor(() => stepHeading(el) === 'Nhập thông tin đăng ký');
    const [permanent, current] = pickers(el);
    await pick(permanent!, 'Tỉnh, thành phố', 'ha noi', 'Thành phố Hà Nội');
    await pick(permanent!, 'Xã, phường, đặc khu', 'ba dinh', 'Phường Ba Đình');
    await type(getByLabel(permanent!, 'Số nhà, đường, thôn/xóm'), '12 Phố Đội Cấn');
    getByLabel(el, 'Giống địa chỉ thường trú').click();
    await waitFor(() => getByLabel(current!, 'Số nhà, đường, thôn/xóm').value === '12 Phố Đội Cấn');
    expect(getByLabel(current!, 'Tỉnh, thành phố').value).to.equal('Thành phố Hà Nội');
    // Still in sync after the permanent address changes.
    await type(getByLabel(permanent!, 'Số nhà, đường, thôn/xóm'), '14 Phố Đội Cấn');
    await waitFor(() => getByLabel(current!, 'Số nhà, đường, thôn/xóm').value === '14 Phố Đội Cấn');
    // Unchecked: the copy stays, and can be edited on its own.
    getByLabel(el, 'Giống địa chỉ thường trú').click();
    await waitFor(() => !getByLabel(current!, 'Số nhà, đường, thôn/xóm').disabled && !getByLabel(current!, 'Số nhà, đường, thôn/xóm').readOnly);
    await type(getByLabel(current!, 'Số nhà, đường, thôn/xóm'), 'Nhà trọ 5, ngõ 3');
    expect(getByLabel(permanent!, 'Số nhà, đường, thôn/xóm').value).to.equal('14 Phố Đội Cấn');
  });

  it('an address left empty is named in the error summary, and its link focuses the right input', async () => {
    const el = await widget({ methods: 'vnpost' });
    await waitFor(() => stepHeading(el) === 'Nhập thông tin đăng ký');
    getButton(el, 'Đăng ký').click();
    const summary = await waitFor(() => deepQueryAll(el, '[data-error-summary]')[0]);
    // Both addresses have the same parts: each entry says which address it is about.
    const entries = deepQueryAll<HTMLAnchorElement>(summary, 'a').map((a) => clean(a.textContent));
    expect(entries).to.include('Địa chỉ hiện tại (nơi ở): Hãy chọn tỉnh, thành phố.');
    expect(entries).to.not.include('Hãy chọn tỉnh, thành phố.');
    const link = deepQueryAll<HTMLAnchorElement>(summary, 'a').find((a) => clean(a.textContent) === 'Địa chỉ thường trú: Hãy chọn tỉnh, thành phố.')!;
    link.click();
    const [permanent] = pickers(el);
    await waitFor(() => permanent!.shadowRoot!.activeElement === getByLabel(permanent!, 'Tỉnh, thành phố'));
  });
});

describe('a failed resend of the activation link', () => {
  it('offers "Thử lại", which sends the link again', async () => {
    const w = W.vi;
    mockBackend.timing.otpResendAfter = 0;
    const el = await widget({ methods: 'vnpost' });
    await fillVnpost(el, w);
    getButton(el, w.register).click();
    await waitFor(() => stepHeading(el) === w.activation);
    getRadio(el, w.byEmail).click();
    getButton(el, w.send).click();
    await waitFor(() => stepHeading(el) === w.inbox);
    (await useMockBackend()).use(http.post(`${MOCK_BASE}/registrations/:id/activation`, () => HttpResponse.error(), { once: true }));
    getButton(el, w.resendLink).click();
    const alert = await waitFor(() => deepQueryAll(el, '[data-alert]')[0], { message: 'the failure alert' });
    expect(clean(alert.textContent)).to.contain('Không kết nối được tới hệ thống');
    getButton(alert, 'Thử lại').click();
    await waitFor(() => mockBackend.linksSent().length === 2, { message: 'the link sent again' });
    expect(deepQueryAll(el, '[data-alert]')).to.have.length(0);
  });
});

describe('the backend refusing a username the widget accepts', () => {
  const w = W.vi;
  const problem = (status: number, body: Record<string, unknown>) =>
    HttpResponse.json({ type: 'about:blank', title: 'x', status, ...body }, { status, headers: { 'Content-Type': 'application/problem+json' } });

  it('username_taken without naming the field: said at the username, whose "available" note goes', async () => {
    const el = await widget({ methods: 'vnpost' });
    await fillVnpost(el, w);
    await waitFor(() => visibleText(el).includes(w.available), { message: 'available' });
    (await useMockBackend()).use(http.post(`${MOCK_BASE}/registrations`, () => problem(409, { code: 'username_taken' }), { once: true }));
    getButton(el, w.register).click();
    const username = getByLabel(el, w.username);
    await waitFor(() => username.getAttribute('aria-invalid') === 'true', { message: 'the username marked' });
    expect(clean(deepQueryAll(el, '#username-error')[0]!.textContent)).to.contain(w.taken);
    expect(visibleText(el)).not.to.contain(w.available);
    // Said where it can be changed, not in an alert at the top.
    expect(deepQueryAll(el, '[data-alert]')).to.have.length(0);
    // A new name is checked again, and the field's message goes.
    await type(username, 'tran.binh1988');
    await waitFor(() => visibleText(el).includes(w.available), { message: 'the new name available' });
    expect(username.getAttribute('aria-invalid')).to.equal(null);
  });

  it('username_taken while the name is still being checked: the late "available" does not come back', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let checks = 0;
    let answered = false;
    (await useMockBackend()).use(
      http.get(`${MOCK_BASE}/usernames/:username`, async () => {
        checks += 1;
        await held;
        answered = true;
        return HttpResponse.json({ available: true });
      }),
      http.post(`${MOCK_BASE}/registrations`, () => problem(409, { code: 'username_taken' }), { once: true }),
    );
    const el = await widget({ methods: 'vnpost' });
    await fillVnpost(el, w);
    await waitFor(() => checks > 0, { message: 'the name being checked' });
    getButton(el, w.register).click();
    const username = getByLabel(el, w.username);
    await waitFor(() => username.getAttribute('aria-invalid') === 'true', { message: 'the username marked' });
    release();
    // The backend answers "available"; the widget (which no longer listens) would have drawn it
    // within a few frames of the answer.
    await waitFor(() => answered, { message: 'the check answered' });
    for (let frame = 0; frame < 10; frame++) await new Promise(requestAnimationFrame);
    await el.updateComplete;
    expect(visibleText(el)).not.to.contain(w.available);
    expect(clean(deepQueryAll(el, '#username-error')[0]!.textContent)).to.contain(w.taken);
  });

  it('a 422 from the availability check: its rule said at the field', async () => {
    (await useMockBackend()).use(
      http.get(`${MOCK_BASE}/usernames/:username`, () =>
        problem(422, { code: 'validation_failed', errors: [{ field: 'username', code: 'username.length' }] }),
      ),
    );
    const el = await widget({ methods: 'vnpost' });
    await waitFor(() => stepHeading(el) === w.details);
    await type(getByLabel(el, w.username), 'tran.binh88');
    await waitFor(() => getByLabel(el, w.username).getAttribute('aria-invalid') === 'true', { message: 'the field message' });
    // The rule with the widget's own numbers: the backend names the rule, not its numbers.
    expect(clean(deepQueryAll(el, '#username-error')[0]!.textContent)).to.contain('Tên đăng nhập gồm từ 6 đến 30 ký tự.');
    expect(visibleText(el)).not.to.contain(w.available);
  });
});
