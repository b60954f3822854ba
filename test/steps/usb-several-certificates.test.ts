import { expect } from '@open-wc/testing';
import { signingMockBackend } from '../../src/mocks/signing.js';
import { FakeSigningPlugin, type FakePluginSettings } from '../../src/signing/fake.js';
import { clean, deepQueryAll, focused, getButton, stepHeading, waitFor } from '../helpers/dom.js';
import { useMockBackend } from '../helpers/mock-worker.js';
import { press, tabTo } from '../helpers/user.js';
import { continueAndSign } from '../helpers/usb-journey.js';
import { widget } from '../helpers/widget.js';

const WORDS = {
  vi: {
    ready: 'Đã sẵn sàng ký số',
    continue: 'Tiếp tục',
    sign: 'Ký số',
    retry: 'Thử lại',
    details: 'Xác nhận thông tin đăng ký',
    chooseOther: 'Nếu USB ký số có nhiều chứng thư số, hãy thử lại và chọn chứng thư số khác.',
  },
  en: {
    ready: 'Ready to sign',
    continue: 'Continue',
    sign: 'Sign',
    retry: 'Try again',
    details: 'Confirm your registration details',
    chooseOther: 'If your signing token holds several certificates, try again and choose another one.',
  },
} as const;

/**
 * A token often holds more than one certificate: the old one stays beside the renewed one, a
 * company's beside its director's. The plugin's window lists them and the person may pick the
 * wrong one. Before, the screen only said to renew with the provider or find another token; now
 * it first says to try again and choose another certificate, which is all it takes.
 */
const CASES: { name: string; wrong: Partial<FakePluginSettings>; right: Partial<FakePluginSettings> }[] = [
  { name: 'certificate_expired', wrong: { certificate: 'expired' }, right: { certificate: 'valid' } },
  { name: 'certificate_revoked', wrong: { certificate: 'revoked' }, right: { certificate: 'valid' } },
  { name: 'certificate_wrong_subject', wrong: { holder: 'citizen' }, right: { holder: 'business' } },
];

for (const locale of ['vi', 'en'] as const) {
  const w = WORDS[locale];
  describe(`a token with several certificates, the wrong one chosen, in ${locale}`, () => {
    beforeEach(async () => {
      await useMockBackend();
      signingMockBackend.reset();
    });

    for (const c of CASES) {
      it(`${c.name}: says to try again and choose another certificate, and that works`, async () => {
        const el = await widget({ lang: locale, subjects: 'business', methods: 'usb' });
        const plugin = new FakeSigningPlugin({ holder: 'business', ...c.wrong });
        el.signingPlugin = plugin;
        await continueAndSign(el, w);

        const screen = await waitFor(() => deepQueryAll(el, `[data-failure="${c.name}"]`)[0], { message: `fix-it screen ${c.name}` });
        await waitFor(() => focused()?.localName === 'h3', { message: 'focus on the fix-it title' });
        expect(clean(screen.textContent)).to.include(w.chooseOther);

        // In the plugin's window the person now picks the other certificate.
        Object.assign(plugin.settings, c.right);
        await tabTo(getButton(el, w.retry));
        await press('Enter');
        await waitFor(() => stepHeading(el) === w.details, { message: 'the retry reaches the holder details' });
      });
    }
  });
}
