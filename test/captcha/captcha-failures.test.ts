import { expect } from '@open-wc/testing';
import { MAGIC } from '../../src/mocks/backend.js';
import { scenarios } from '../../src/mocks/scenarios.js';
import { useMockBackend } from '../helpers/mock-worker.js';
import { clean, deepQueryAll, focused, getButton, getByLabel, stepHeading, waitFor } from '../helpers/dom.js';
import { PERSON, WORDS, fillDetails, type Locale } from '../helpers/phone-journey.js';
import { press, tabTo, type } from '../helpers/user.js';
import { captchaAnswer, phoneWidget } from '../helpers/widget.js';

const SAYS = {
  vi: {
    unavailable: 'Không tải được mã xác thực: bấm “Đổi ảnh khác” để tải lại.',
    loadFailed: 'Không tải được ảnh mã xác thực.',
    enterCaptcha: 'Hãy nhập mã xác thực.',
    renewed: 'Mã xác thực đã được đổi: nhập mã mới.',
    accountExists: 'đã có tài khoản',
    phoneMismatch: 'soạn tin TTTB gửi 1414',
  },
  en: {
    unavailable: 'The verification code could not be loaded: press “New image” to load it again.',
    loadFailed: 'Could not load the verification code image.',
    enterCaptcha: 'Please enter the verification code.',
    renewed: 'The verification code has changed: enter the new code.',
    accountExists: 'An account already exists',
    phoneMismatch: 'text TTTB to 1414',
  },
} as const;

const summary = (el: Element) => deepQueryAll(el, '[data-error-summary]')[0];
const captchaHint = (el: Element) => clean(deepQueryAll(el, '#captcha-hint')[0]?.textContent);

for (const locale of ['vi', 'en'] as const satisfies readonly Locale[]) {
  const w = WORDS[locale];
  const says = SAYS[locale];

  describe(`a captcha that failed to load, in ${locale}`, () => {
    it('every press of "Đăng ký" is answered: the summary says so and leads to the reload button', async () => {
      const worker = await useMockBackend();
      worker.use(...scenarios.captchaFailed());
      const el = await phoneWidget({ lang: locale });
      await waitFor(() => deepQueryAll(el, '.captcha [role=alert]').length > 0, { message: 'the load failure' });
      expect(clean(deepQueryAll(el, '.captcha [role=alert]')[0]!.textContent)).to.contain(says.loadFailed);
      for (const [id, value] of [
        [w.idNumber, PERSON.idNumber],
        [w.fullName, PERSON.fullName],
        [w.birthDate, PERSON.birthDate],
        [w.phone, PERSON.phone],
        // Something typed into the captcha box, with no image to answer: it used to do nothing at all.
        [w.captcha, 'ABCDE'],
      ] as const) {
        await type(getByLabel(el, id), value);
      }

      for (let pressCount = 1; pressCount <= 2; pressCount++) {
        await tabTo(getButton(el, w.register));
        await press('Enter');
        const box = await waitFor(() => summary(el), { message: `a response to press ${pressCount}` });
        await waitFor(() => focused() === box, { message: 'the summary is read out' });
        expect(box.getAttribute('role')).to.equal('alert');
        const entries = deepQueryAll(box, 'li').map((li) => clean(li.textContent));
        expect(entries).to.deep.equal([says.unavailable]);
      }

      // Its link leads to the button that loads the captcha again, and that button works.
      deepQueryAll<HTMLAnchorElement>(summary(el)!, 'a')[0]!.click();
      expect(focused()).to.equal(getButton(el, w.newImage));
      await press('Enter');
      const answer = await captchaAnswer(el);
      await type(getByLabel(el, w.captcha), answer);
      await tabTo(getButton(el, w.register));
      await press('Enter');
      await waitFor(() => stepHeading(el) === w.otpHeading, { message: 'the OTP step' });
    });
  });

  describe(`after the backend refused the details, in ${locale}`, () => {
    it('409: only the server’s message; the new captcha is a neutral hint until the next press', async () => {
      const el = await phoneWidget({ lang: locale });
      await fillDetails(el, locale, { ...PERSON, idNumber: MAGIC.existingIdNumber });
      const first = deepQueryAll<HTMLImageElement>(el, '.captcha img')[0]!.src;
      getButton(el, w.register).click();
      const alert = await waitFor(() => deepQueryAll(el, '[data-alert]')[0], { message: 'the refusal' });
      expect(clean(alert.textContent)).to.contain(says.accountExists);
      await waitFor(() => deepQueryAll<HTMLImageElement>(el, '.captcha img')[0]?.src !== first, { message: 'a new image' });

      const captcha = getByLabel(el, w.captcha);
      expect(captcha.value).to.equal('');
      expect(summary(el), 'no summary blaming an empty captcha').to.equal(undefined);
      expect(captcha.getAttribute('aria-invalid')).to.not.equal('true');
      expect(captchaHint(el)).to.equal(says.renewed);
      expect(captcha.getAttribute('aria-describedby')).to.contain('captcha-hint');

      // Pressing again with the box still empty: now it is the person's to fix, and said so.
      getButton(el, w.register).click();
      const box = await waitFor(() => summary(el));
      expect(deepQueryAll(box, 'li').map((li) => clean(li.textContent))).to.deep.equal([says.enterCaptcha]);
      expect(captcha.getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('422: the summary holds the server’s reason alone, not an empty-captcha error above it', async () => {
      const el = await phoneWidget({ lang: locale });
      await fillDetails(el, locale, { ...PERSON, phone: '0912 000 999' });
      getButton(el, w.register).click();
      const box = await waitFor(() => summary(el), { message: 'the refusal' });
      await waitFor(() => getByLabel(el, w.captcha).value === '' && captchaHint(el) === says.renewed, { message: 'the new captcha' });
      const entries = deepQueryAll(box, 'li').map((li) => clean(li.textContent));
      expect(entries).to.have.length(1);
      expect(entries[0]).to.contain(says.phoneMismatch);
      expect(clean(box.textContent)).to.not.contain(says.enterCaptcha);
    });
  });
}
