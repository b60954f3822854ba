import { expect } from '@open-wc/testing';
import { signingMockBackend } from '../../src/mocks/signing.js';
import { deepQueryAll, focused, getButton, stepHeading, waitFor } from '../helpers/dom.js';
import { useMockBackend } from '../helpers/mock-worker.js';
import { press, tabTo } from '../helpers/user.js';
import { continueAndSign } from '../helpers/usb-journey.js';
import { widget } from '../helpers/widget.js';
import { fixtureLog, fixtureServers } from '../signing/fixture-server.js';

const WORDS = {
  vi: { ready: 'Đã sẵn sàng ký số', continue: 'Tiếp tục', sign: 'Ký số', gone: 'Không còn thấy công cụ ký số', recheck: 'Kiểm tra lại công cụ ký số', pluginError: 'Công cụ ký số báo lỗi' },
  en: { ready: 'Ready to sign', continue: 'Continue', sign: 'Sign', gone: 'The signing tool is no longer found', recheck: 'Check the signing tool again', pluginError: 'The signing tool reported an error' },
} as const;

/**
 * A VNPT-CA plugin that crashes while signing, and that the person starts again as the fix-it
 * screen tells them: the restarted plugin has forgotten the portal's licence, so the page must set
 * it again on the new connection. Before, the page remembered "licence set" for its whole life and
 * the person met "the signing tool reported an error" on every try until they reloaded the page.
 */
for (const locale of ['vi', 'en'] as const) {
  const w = WORDS[locale];
  describe(`a VNPT-CA plugin restarted mid-journey, over a real socket, in ${locale}`, () => {
    beforeEach(async () => {
      await useMockBackend();
      signingMockBackend.reset();
    });

    it('sets the licence again on the restarted plugin, so signing again works without a reload', async () => {
      const { port } = await fixtureServers();
      const scenario = `crash-then-unlicensed`;
      const before = (await fixtureLog('vnpt-ca', scenario)).length;
      const el = await widget({
        lang: locale,
        subjects: 'business',
        methods: 'usb',
        plugin: 'vnpt-ca',
        'plugin-url': `wss://127.0.0.1:${port}/vnpt-ca/${scenario}/plugin`,
        'plugin-licence': 'TEST-LICENCE-XML',
      });
      const signOnce = () => continueAndSign(el, w);

      // The first try: the plugin goes away while its PIN window is open.
      await signOnce();
      await waitFor(() => stepHeading(el) === w.gone, { message: 'the plugin went away' }).catch(async (e) => {
        throw new Error(`${e}: ${stepHeading(el)} ${JSON.stringify((await fixtureLog('vnpt-ca', scenario)).map((x) => [x.connection, x.functionID, x.mismatch]))}`);
      });
      await waitFor(() => focused()?.localName === 'h3');

      // The person starts the plugin again and checks, as the screen says, then signs again.
      await tabTo(getButton(el, w.recheck));
      await press('Enter');
      await signOnce();
      // The plugin signed: what follows is the system's check of the signature (the mock backend
      // cannot verify this fixture's bytes), never the plugin's own error.
      const answer = await waitFor(() => deepQueryAll(el, '[data-failure]')[0], { message: 'an answer to the second try' });
      expect(stepHeading(el)).to.not.equal(w.pluginError);
      expect(answer.dataset['failure']).to.equal('signature_invalid');
      const log = (await fixtureLog('vnpt-ca', scenario)).slice(before);
      const lastSign = log.filter((e) => e.functionID === 9).at(-1)!;
      expect(log.some((e) => e.functionID === 6 && e.connection === lastSign.connection), 'licence set on the connection that signed').to.equal(true);
    });
  });
}
