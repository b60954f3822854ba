import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mockBackend } from '../../src/mocks/backend.js';
import { announcements, clean, deepQueryAll, focused, getButton, getByLabel, stepHeading, waitFor } from '../helpers/dom.js';
import { PERSON, WORDS, tabAndType, type Locale } from '../helpers/phone-journey.js';
import { press, tabTo } from '../helpers/user.js';
import { captchaAnswer, phoneWidget } from '../helpers/widget.js';

for (const locale of ['vi', 'en'] as const satisfies readonly Locale[]) {
  const w = WORDS[locale];

  describe(`registering by phone, in ${locale}, with the keyboard alone`, () => {
    it('goes details → OTP → password → done and tells the host', async () => {
      const el = await phoneWidget({ lang: locale, 'sign-in-url': 'https://dichvucong.example.gov.vn/dang-nhap' });
      await waitFor(() => stepHeading(el) === w.detailsHeading);

      await tabAndType(getByLabel(el, w.idNumber), PERSON.idNumber);
      await tabAndType(getByLabel(el, w.fullName), PERSON.fullName);
      await tabAndType(getByLabel(el, w.birthDate), PERSON.birthDate);
      await tabAndType(getByLabel(el, w.phone), PERSON.phone);
      await tabAndType(getByLabel(el, w.captcha), (await captchaAnswer(el)).toLowerCase());
      await tabTo(getButton(el, w.register));
      await press('Enter');

      await waitFor(() => stepHeading(el) === w.otpHeading, { message: 'OTP step' });
      // Focus moved to the new heading, and the step number was announced politely.
      expect(clean(focused()?.textContent)).to.equal(w.otpHeading);
      await waitFor(() => announcements(el).some((a) => a === (locale === 'vi' ? 'Bước 2/3' : 'Step 2 of 3')));
      expect(clean(deepQueryAll(el, 'form p')[0]?.textContent)).to.contain('09•• ••• 678');

      const otp = getByLabel(el, w.otp);
      // The attribute, as autofill reads it (Firefox's .autocomplete property reflects only tokens it knows).
      expect(otp.getAttribute('autocomplete')).to.equal('one-time-code');
      expect(otp.inputMode).to.equal('numeric');
      await tabTo(otp);
      // People type the code as the SMS groups it.
      const code = mockBackend.lastOtp()!.code;
      await sendKeys({ type: `${code.slice(0, 3)} ${code.slice(3)}` });
      await press('Enter');

      await waitFor(() => stepHeading(el) === w.passwordHeading, { message: 'password step' });
      expect(clean(focused()?.textContent)).to.equal(w.passwordHeading);
      const username = deepQueryAll<HTMLInputElement>(el, 'input[autocomplete=username]')[0]!;
      expect(username.value).to.equal(PERSON.idNumber);
      await tabAndType(getByLabel(el, w.password), 'Hoa-sen#2024');
      await tabAndType(getByLabel(el, w.confirmPassword), 'Hoa-sen#2024');
      const completed = oneEvent(el, 'dvc-complete');
      await press('Enter');

      const event = await completed;
      expect(event.detail).to.deep.equal({ subject: 'citizen', method: 'phone', username: PERSON.idNumber, assuranceLevel: 2 });
      expect(JSON.stringify(event.detail)).to.not.contain('Hoa-sen');
      await waitFor(() => stepHeading(el) === w.doneHeading, { message: 'done step' });
      expect(getButton(el, locale === 'vi' ? 'Đăng nhập' : 'Sign in').getAttribute('href')).to.equal(
        'https://dichvucong.example.gov.vn/dang-nhap',
      );
      // The secrets went with their step.
      expect(deepQueryAll(el, 'input[type=password]')).to.have.length(0);
    });
  });
}
