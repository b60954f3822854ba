import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { makeOffer, type Offer } from '../../src/flow/catalog.js';
import { initialState, type FlowState } from '../../src/flow/flow.js';
import { setLocale } from '../../src/localization/locale.js';
import { DvcVneidRedirectEvent } from '../../src/events/vneid-redirect.js';
import type { VneidConfig } from '../../src/vneid/config.js';
import { navigation } from '../../src/vneid/navigation.js';
import { VNEID_STORAGE_KEY, readVneidTransaction } from '../../src/vneid/storage.js';
import type { VneidStep } from '../../src/steps/vneid/vneid-step.js';
import '../../src/steps/vneid/vneid-step.js';
import '../../stories/support/config-provider.js';
import { clean, deepQueryAll, getButton, queryButton, stepHeading, visibleText, waitFor } from '../helpers/dom.js';

const VNEID: VneidConfig = {
  authorizeUrl: 'https://sso.example.vn/oauth2/authorize?tenant=dvc',
  clientId: 'dvc-test',
  redirectUri: `${location.origin}/vneid/callback`,
  scope: 'openid',
};

const WORDS = {
  vi: { heading: 'Đăng ký bằng tài khoản định danh điện tử VNeID', continue: 'Tiếp tục với VNeID', redirecting: 'Đang chuyển đến VNeID…' },
  en: { heading: 'Register with your VNeID electronic identification account', continue: 'Continue with VNeID', redirecting: 'Going to VNeID…' },
} as const;

async function step(
  { vneid = VNEID as VneidConfig | null, state = initialState(makeOffer(['citizen'], ['phone'])) as FlowState } = {},
): Promise<VneidStep> {
  const wrapper = await fixture(html`<dvc-config-provider .config=${vneid ? { vneid } : {}}>
    <dvc-step-vneid .state=${state}></dvc-step-vneid>
  </dvc-config-provider>`);
  const el = wrapper.querySelector('dvc-step-vneid')!;
  await el.updateComplete;
  return el;
}

/** What the test page would have navigated to. */
let navigatedTo: string[] = [];
const realAssign = navigation.assign;
const realSetItem = Storage.prototype.setItem;

beforeEach(() => {
  navigatedTo = [];
  navigation.assign = (url) => void navigatedTo.push(url);
  sessionStorage.removeItem(VNEID_STORAGE_KEY);
});

afterEach(async () => {
  navigation.assign = realAssign;
  Storage.prototype.setItem = realSetItem;
  sessionStorage.removeItem(VNEID_STORAGE_KEY);
  await setLocale('vi');
});

async function pressContinueWithKeyboard(el: HTMLElement, name: string = WORDS.vi.continue): Promise<void> {
  getButton(el, name).focus();
  await sendKeys({ press: 'Enter' });
}

describe('the VNeID step', () => {
  for (const locale of ['vi', 'en'] as const) {
    it(`explains VNeID and what happens next, and is accessible, in ${locale}`, async () => {
      await setLocale(locale);
      const el = await step();
      expect(stepHeading(el)).to.equal(WORDS[locale].heading);
      expect(el.shadowRoot!.querySelector('h3')!.getAttribute('tabindex')).to.equal('-1');
      const text = visibleText(el);
      expect(text).to.contain(locale === 'vi' ? '1/7/2024' : '1 July 2024');
      expect(text).to.contain('69/2024/NĐ-CP');
      expect(deepQueryAll(el, 'ol li')).to.have.length(3);
      getButton(el, WORDS[locale].continue);
      await expect(el).to.be.accessible();
    });
  }

  it('focuses its heading when the wizard arrives', async () => {
    const el = await step();
    await el.focusHeading();
    expect(el.shadowRoot!.activeElement?.localName).to.equal('h3');
  });

  describe('when the person presses "Tiếp tục với VNeID" with the keyboard', () => {
    it('stores verifier, state and nonce in sessionStorage, and goes to the authorization URL with the challenge only', async () => {
      const el = await step();
      await pressContinueWithKeyboard(el);
      await waitFor(() => navigatedTo.length === 1, { message: 'navigation' });

      const stored = JSON.parse(sessionStorage.getItem(VNEID_STORAGE_KEY)!) as Record<string, unknown>;
      expect(Object.keys(stored).sort()).to.deep.equal(['createdAt', 'nonce', 'redirectUri', 'state', 'verifier']);
      const tx = readVneidTransaction()!;
      expect(tx.verifier).to.match(/^[A-Za-z0-9\-._~]{43,128}$/);
      expect(tx.redirectUri).to.equal(VNEID.redirectUri);
      expect(Date.now() - tx.createdAt).to.be.within(0, 5000);

      const url = new URL(navigatedTo[0]!);
      expect(`${url.origin}${url.pathname}`).to.equal('https://sso.example.vn/oauth2/authorize');
      expect(url.searchParams.get('tenant')).to.equal('dvc');
      expect(url.searchParams.get('state')).to.equal(tx.state);
      expect(url.searchParams.get('nonce')).to.equal(tx.nonce);
      expect(url.searchParams.get('client_id')).to.equal('dvc-test');
      expect(url.searchParams.get('redirect_uri')).to.equal(VNEID.redirectUri);
      expect(url.searchParams.get('code_challenge_method')).to.equal('S256');
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(tx.verifier));
      const challenge = btoa(String.fromCharCode(...new Uint8Array(digest))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
      expect(url.searchParams.get('code_challenge')).to.equal(challenge);
      expect(navigatedTo[0]).to.not.contain(tx.verifier);
      expect(url.searchParams.get('ui_locales')).to.equal('vi');
    });

    it('asks VNeID for English pages when the widget is in English', async () => {
      await setLocale('en');
      const el = await step();
      await pressContinueWithKeyboard(el, WORDS.en.continue);
      await waitFor(() => navigatedTo.length === 1);
      expect(new URL(navigatedTo[0]!).searchParams.get('ui_locales')).to.equal('en');
    });

    it('fires a cancelable dvc-vneid-redirect on the page with the URL and state, never the verifier', async () => {
      const el = await step();
      const events: DvcVneidRedirectEvent[] = [];
      const listener = (e: DvcVneidRedirectEvent) => {
        events.push(e);
        // The transaction is stored before the host hears of it.
        expect(readVneidTransaction()?.state).to.equal(e.detail.state);
      };
      document.addEventListener('dvc-vneid-redirect', listener);
      try {
        await pressContinueWithKeyboard(el);
        await waitFor(() => navigatedTo.length === 1);
      } finally {
        document.removeEventListener('dvc-vneid-redirect', listener);
      }
      expect(events).to.have.length(1);
      const event = events[0]!;
      expect(event).to.be.instanceOf(DvcVneidRedirectEvent);
      expect(event.type).to.equal('dvc-vneid-redirect');
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      expect(Object.keys(event.detail).sort()).to.deep.equal(['state', 'url']);
      expect(event.detail.url).to.equal(navigatedTo[0]);
      expect(event.detail.state).to.equal(readVneidTransaction()!.state);
      expect(JSON.stringify(event.detail)).to.not.contain(readVneidTransaction()!.verifier);
    });

    it('shows that it is on its way, and ignores further presses', async () => {
      const el = await step();
      let buttonWhileLeaving = '';
      navigation.assign = (url) => {
        navigatedTo.push(url);
        const button = el.shadowRoot!.querySelector('button.primary')!;
        buttonWhileLeaving = `${clean(button.textContent)}|${button.getAttribute('aria-disabled')}`;
      };
      const button = getButton(el, WORDS.vi.continue);
      button.click();
      button.click();
      await pressContinueWithKeyboard(el);
      await waitFor(() => navigatedTo.length === 1);
      await new Promise((r) => setTimeout(r, 200));
      expect(navigatedTo).to.have.length(1);
      expect(buttonWhileLeaving).to.equal(`${WORDS.vi.redirecting}|true`);
      // Still busy afterwards: the page is leaving.
      await el.updateComplete;
      expect(queryButton(el, WORDS.vi.redirecting)).to.not.equal(undefined);
      expect(deepQueryAll(el, '[role=status]').map((s) => clean(s.textContent))).to.include(WORDS.vi.redirecting);
    });

    it('is ready again when the person comes back with the browser’s Back button', async () => {
      const el = await step();
      await pressContinueWithKeyboard(el);
      await waitFor(() => navigatedTo.length === 1);
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await waitFor(() => queryButton(el, WORDS.vi.continue));
    });
  });

  describe('when the host cancels dvc-vneid-redirect', () => {
    it('does not navigate, shows nothing alarming, and can start again', async () => {
      const el = await step();
      const states: string[] = [];
      const cancel = (e: DvcVneidRedirectEvent) => {
        states.push(e.detail.state);
        e.preventDefault();
      };
      document.addEventListener('dvc-vneid-redirect', cancel);
      try {
        await pressContinueWithKeyboard(el);
        await waitFor(() => states.length === 1);
        await new Promise((r) => setTimeout(r, 100));
        expect(navigatedTo).to.deep.equal([]);
        // The values the host needs for its own redirect are stored all the same.
        expect(readVneidTransaction()?.state).to.equal(states[0]);
        await el.updateComplete;
        expect(deepQueryAll(el, '[role=alert]')).to.deep.equal([]);
        // Pressing again starts a fresh request (e.g. after the host's popup was closed).
        await pressContinueWithKeyboard(el);
        await waitFor(() => states.length === 2);
        expect(states[1]).to.not.equal(states[0]);
        expect(readVneidTransaction()?.state).to.equal(states[1]);
      } finally {
        document.removeEventListener('dvc-vneid-redirect', cancel);
      }
      expect(navigatedTo).to.deep.equal([]);
    });
  });

  describe('when the browser refuses sessionStorage', () => {
    for (const locale of ['vi', 'en'] as const) {
      it(`says so, does not redirect, and is accessible, in ${locale}`, async () => {
        await setLocale(locale);
        Storage.prototype.setItem = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
        const el = await step();
        let fired = 0;
        const count = () => void fired++;
        document.addEventListener('dvc-vneid-redirect', count);
        try {
          await pressContinueWithKeyboard(el, WORDS[locale].continue);
          const alert = await waitFor(() => deepQueryAll(el, '[role=alert]')[0], { message: 'the error' });
          expect(clean(alert.textContent)).to.contain(locale === 'vi' ? 'chặn lưu dữ liệu tạm thời' : 'blocking this page from storing');
          // The alert takes focus, so a screen reader reads it and the keyboard is near the retry.
          expect(el.shadowRoot!.activeElement).to.equal(alert);
          await new Promise((r) => setTimeout(r, 100));
          expect(fired).to.equal(0);
          expect(navigatedTo).to.deep.equal([]);
          expect(getButton(el, WORDS[locale].continue).getAttribute('aria-disabled')).to.equal('false');
          await expect(el).to.be.accessible();
        } finally {
          document.removeEventListener('dvc-vneid-redirect', count);
        }
      });
    }

    it('goes on once storage works again', async () => {
      Storage.prototype.setItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      const el = await step();
      await pressContinueWithKeyboard(el);
      await waitFor(() => deepQueryAll(el, '[role=alert]').length === 1);
      Storage.prototype.setItem = realSetItem;
      await pressContinueWithKeyboard(el);
      await waitFor(() => navigatedTo.length === 1);
      await el.updateComplete;
      expect(deepQueryAll(el, '[role=alert]')).to.deep.equal([]);
    });
  });

  describe('when no VNeID is configured (a wiring mistake: the method is not offered then)', () => {
    it('says so and offers no button', async () => {
      const el = await step({ vneid: null });
      expect(visibleText(el)).to.contain('chưa được thiết lập để đăng nhập bằng VNeID');
      expect(queryButton(el, WORDS.vi.continue)).to.equal(undefined);
      await expect(el).to.be.accessible();
    });
  });

  describe('the hint for people without a level-2 account', () => {
    it('points back to the other methods when there are some', async () => {
      const offer: Offer = { subjects: ['citizen'], methods: { citizen: ['phone', 'vneid'] } };
      const el = await step({ state: { ...initialState(offer), subject: 'citizen', method: 'vneid' } });
      expect(visibleText(el)).to.contain('chọn cách đăng ký khác');
    });

    it('is left out when VNeID is the only method', async () => {
      const offer: Offer = { subjects: ['citizen'], methods: { citizen: ['vneid'] } };
      const el = await step({ state: { ...initialState(offer), subject: 'citizen', method: 'vneid' } });
      expect(visibleText(el)).to.not.contain('chọn cách đăng ký khác');
    });
  });
});
