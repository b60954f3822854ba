import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { MOCK_BASE } from '../../src/mocks/handlers.js';
import { CAPTCHA_ALPHABET, captchaAudio } from '../../src/mocks/captcha-audio.js';
import { mockBackend } from '../../src/mocks/backend.js';
import { scenarios } from '../../src/mocks/scenarios.js';
import { useMockBackend } from '../helpers/mock-worker.js';
import { clean, deepQueryAll, focused, getButton, getByLabel, stepHeading, waitFor } from '../helpers/dom.js';
import { PERSON, WORDS, tabAndType, type Locale } from '../helpers/phone-journey.js';
import { press, tabTo } from '../helpers/user.js';
import { decodeCaptchaAudio, readWav } from '../helpers/tone-decoder.js';
import { phoneWidget, widget } from '../helpers/widget.js';

const SAYS = {
  vi: {
    listen: 'Nghe mã',
    player: 'Mã xác thực đọc thành tiếng',
    audioFailed: 'Không tải được mã đọc thành tiếng',
    unplayable: 'không phát được',
    replay: 'lần nữa để nghe lại',
  },
  en: {
    listen: 'Listen',
    player: 'Verification code read aloud',
    audioFailed: 'Could not load the spoken code',
    unplayable: 'cannot play',
    replay: 'again to hear it again',
  },
} as const;

const player = (el: Element) => deepQueryAll<HTMLAudioElement>(el, 'audio')[0];

/** What the player holds, decoded from the sound alone. */
async function hear(audio: HTMLAudioElement): Promise<string> {
  const response = await fetch(audio.src);
  return decodeCaptchaAudio(await response.arrayBuffer());
}

describe('the mock spoken captcha', () => {
  it('is a short 16-bit PCM WAV whose tones name every character of the alphabet', () => {
    const wav = readWav(captchaAudio('AB2Z9').buffer);
    expect([wav.rate, wav.channels, wav.bits]).to.deep.equal([8000, 1, 16]);
    expect(wav.samples.length / wav.rate).to.be.below(3);
    // Each character alone, and all of them in a row: the tone pairs are told apart.
    for (const ch of CAPTCHA_ALPHABET) expect(decodeCaptchaAudio(captchaAudio(ch).buffer)).to.equal(ch);
    expect(decodeCaptchaAudio(captchaAudio(CAPTCHA_ALPHABET).buffer)).to.equal(CAPTCHA_ALPHABET);
  });

  it('fails to decode silence or noise instead of guessing', () => {
    const noise = captchaAudio('A');
    const view = new DataView(noise.buffer);
    let seed = 7;
    for (let i = 44; i < noise.length; i += 2) view.setInt16(i, ((seed = (seed * 1103515245 + 12345) % 2147483648) % 20000) - 10000, true);
    expect(() => decodeCaptchaAudio(noise.buffer)).to.throw(/Unrecognised/);
  });
});

for (const locale of ['vi', 'en'] as const satisfies readonly Locale[]) {
  const w = WORDS[locale];
  const says = SAYS[locale];

  describe(`the spoken captcha, in ${locale}`, () => {
    it('lets a person who cannot see the image register by keyboard, listening instead', async () => {
      const el = await phoneWidget({ lang: locale });
      await waitFor(() => stepHeading(el) === w.detailsHeading);
      await tabAndType(getByLabel(el, w.idNumber), PERSON.idNumber);
      await tabAndType(getByLabel(el, w.fullName), PERSON.fullName);
      await tabAndType(getByLabel(el, w.birthDate), PERSON.birthDate);
      await tabAndType(getByLabel(el, w.phone), PERSON.phone);

      // The image's text alternative tells a screen-reader user where the sound is.
      const image = await waitFor(() => deepQueryAll<HTMLImageElement>(el, '.captcha img')[0], { message: 'captcha' });
      expect(image.alt).to.contain(`“${says.listen}”`);
      expect(player(el), 'no player before it is asked for').to.equal(undefined);

      await tabTo(getButton(el, says.listen));
      await press('Enter');
      const audio = await waitFor(() => player(el), { message: 'the audio player' });
      expect(audio.getAttribute('aria-label')).to.equal(says.player);
      expect(audio.controls).to.equal(true);
      expect(audio.autoplay).to.equal(false);
      // Focus stays on the button, so pressing it again replays.
      expect(clean(focused()?.textContent)).to.equal(says.listen);

      const heard = await hear(audio);
      expect(heard).to.match(/^[A-Z2-9]{5}$/);
      await tabAndType(getByLabel(el, w.captcha), heard.toLowerCase());
      await tabTo(getButton(el, w.register));
      await press('Enter');

      await waitFor(() => stepHeading(el) === w.otpHeading, { message: 'OTP step: the heard code was right' });
      await tabTo(getByLabel(el, w.otp));
      await sendKeys({ type: mockBackend.lastOtp()!.code });
      await press('Enter');
      await waitFor(() => stepHeading(el) === w.passwordHeading, { message: 'password step' });
      await tabAndType(getByLabel(el, w.password), 'Hoa-sen#2024');
      await tabAndType(getByLabel(el, w.confirmPassword), 'Hoa-sen#2024');
      const completed = oneEvent(el, 'dvc-complete');
      await press('Enter');
      await completed;
      await waitFor(() => stepHeading(el) === w.doneHeading, { message: 'done step' });
    });

    it('asks the backend in the shown language, once, and replays without asking again', async () => {
      const worker = await useMockBackend();
      const el = await phoneWidget({ lang: locale });
      const asked: string[] = [];
      worker.events.on('request:start', ({ request }) => {
        if (request.url.endsWith('/audio')) asked.push(`${request.headers.get('Accept-Language')} ${request.headers.get('Accept')}`);
      });
      const listen = await waitFor(() => getButton(el, says.listen), { message: 'listen button' });
      listen.click();
      const audio = await waitFor(() => player(el));
      // Chromium defers loading media in a background page (tests run two pages at once): count
      // the plays instead of listening to them.
      let plays = 0;
      audio.play = () => {
        plays++;
        return Promise.resolve();
      };
      audio.currentTime = 1;
      listen.click();
      // Pressed again: the same sound, from the start.
      await waitFor(() => plays >= 1 && audio.currentTime === 0, { message: 'replay from the start' });
      expect(player(el)).to.equal(audio);
      expect(asked).to.have.length(1);
      expect(asked[0]).to.match(new RegExp(`^${locale} audio/wav`));
      await expect(el).to.be.accessible();
    });

    it('"new image" replaces the sound too, ready in the player but not playing by itself', async () => {
      const el = await phoneWidget({ lang: locale });
      (await waitFor(() => getButton(el, says.listen))).click();
      const first = await waitFor(() => player(el)?.src);
      const firstCode = await hear(player(el)!);

      getButton(el, w.newImage).click();
      await waitFor(() => player(el) && player(el)!.src !== first, { message: 'a new sound' });
      const audio = player(el)!;
      expect(audio.paused).to.equal(true);
      const secondCode = await hear(audio);
      expect(secondCode).to.match(/^[A-Z2-9]{5}$/);
      // The sound is the new token's, and the old one was let go.
      expect(mockBackend.lastCaptchaAnswer()).to.equal(secondCode);
      expect(firstCode).to.match(/^[A-Z2-9]{5}$/);
      let oldUrlGone = false;
      await fetch(first).catch(() => (oldUrlGone = true));
      expect(oldUrlGone).to.equal(true);
    });

    it('a token the backend no longer knows (404 captcha_invalid): a new captcha, and its sound', async () => {
      const worker = await useMockBackend();
      let captchas = 0;
      worker.events.on('request:start', ({ request }) => {
        if (request.method === 'POST' && request.url.endsWith('/captcha')) captchas++;
      });
      const el = await phoneWidget({ lang: locale });
      const listen = await waitFor(() => getButton(el, says.listen), { message: 'listen button' });
      worker.use(
        http.get(
          `${MOCK_BASE}/captcha/:id/audio`,
          () =>
            HttpResponse.json(
              { type: 'about:blank', title: 'x', status: 404, code: 'captcha_invalid' },
              { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
            ),
          { once: true },
        ),
      );
      listen.click();
      const audio = await waitFor(() => player(el), { message: 'the new code read aloud' });
      expect(captchas).to.equal(2);
      expect(await hear(audio)).to.equal(mockBackend.lastCaptchaAnswer());
      expect(deepQueryAll(el, '.captcha [role=alert]')).to.have.length(0);
    });

    it('a sound the browser cannot play is said, not "press again to replay"', async () => {
      const worker = await useMockBackend();
      worker.use(http.get(`${MOCK_BASE}/captcha/:id/audio`, () => new HttpResponse('not a sound', { headers: { 'Content-Type': 'audio/wav' } })));
      const el = await phoneWidget({ lang: locale });
      (await waitFor(() => getButton(el, says.listen))).click();
      const alert = await waitFor(() => deepQueryAll(el, '.captcha [role=alert]')[0], { message: 'the player\'s failure said' });
      expect(clean(alert.textContent)).to.contain(says.unplayable);
      expect(clean(deepQueryAll(el, '.captcha')[0]?.textContent)).to.not.contain(says.replay);
    });

    it('a sound that cannot be loaded is said, and pressing again tries again', async () => {
      const worker = await useMockBackend();
      worker.use(...scenarios.captchaAudioFailed());
      const el = await phoneWidget({ lang: locale });
      (await waitFor(() => getButton(el, says.listen))).click();
      const alert = await waitFor(() => deepQueryAll(el, '.captcha [role=alert]')[0], { message: 'the failure' });
      expect(clean(alert.textContent)).to.contain(says.audioFailed);
      getButton(el, says.listen).click();
      await waitFor(() => player(el), { message: 'the player after a retry' });
      expect(deepQueryAll(el, '.captcha [role=alert]')).to.have.length(0);
    });
  });
}

/** The social-insurance (BHXH) form has the same spoken captcha: registered by listening alone. */
const BHXH = {
  vi: { bhxhCode: 'Mã số BHXH', phone: 'Số điện thoại di động' },
  en: { bhxhCode: 'Social insurance number', phone: 'Mobile phone number' },
} as const;

for (const locale of ['vi', 'en'] as const satisfies readonly Locale[]) {
  const w = WORDS[locale];
  describe(`the spoken captcha on the BHXH form, in ${locale}`, () => {
    it('takes a person who cannot see the image to the OTP step by keyboard, listening instead', async () => {
      const el = await widget({ lang: locale, methods: 'bhxh' });
      await waitFor(() => stepHeading(el) === w.detailsHeading);
      await tabAndType(getByLabel(el, BHXH[locale].bhxhCode), '0123456789');
      await tabAndType(getByLabel(el, w.fullName), 'Trần Thị Bình');
      await tabAndType(getByLabel(el, w.birthDate), '12/03/1988');
      await tabAndType(getByLabel(el, BHXH[locale].phone), '0987 654 321');
      await tabTo(getButton(el, SAYS[locale].listen));
      await press('Enter');
      const heard = await hear(await waitFor(() => player(el), { message: 'the audio player' }));
      await tabAndType(getByLabel(el, w.captcha), heard);
      await tabTo(getButton(el, w.register));
      await press('Enter');
      await waitFor(() => stepHeading(el) === w.otpHeading, { message: 'OTP step: the heard code was right' });
    });
  });
}
