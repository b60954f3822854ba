import { expect } from '@open-wc/testing';
import { SigningError } from '../../src/signing/errors.js';
import { splitReply, VnptCaPlugin } from '../../src/signing/vnpt-ca.js';
import { fixtureLog, fixtureServers, rejectionOf, type FixtureServers } from './fixture-server.js';

const DIGEST = 'q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=';

describe('VNPT-CA Plugin adapter over a real wss:// socket', () => {
  let servers: FixtureServers;
  const at = (scenario: string, options: ConstructorParameters<typeof VnptCaPlugin>[0] = {}) =>
    new VnptCaPlugin({ url: `wss://localhost:${servers.port}/vnpt-ca/${scenario}/plugin`, ...options });

  before(async () => {
    servers = await fixtureServers();
  });

  it('splits a reply on its last *', () => {
    expect(splitReply('a*b*dvcCallback1')).to.deep.equal({ result: 'a*b', callback: 'dvcCallback1' });
    expect(splitReply('no star')).to.equal(undefined);
  });

  describe('probe', () => {
    it('sends checkPlugin (7) then getVersion (11) with the page\'s host name, and reads the version', async () => {
      expect(await at('installed').probe()).to.deep.equal({ version: '1.0.3.4' });
      const log = await fixtureLog('vnpt-ca', 'installed');
      expect(log.map((e) => e.functionID)).to.deep.equal([7, 11]);
      expect(log.every((e) => e.domain === location.hostname)).to.equal(true);
      const request = JSON.parse(log[0]!.request!);
      expect(Object.keys(request).sort()).to.deep.equal(['args', 'domain', 'funcCallback', 'functionID']);
    });

    it('reuses one socket for every call', async () => {
      const plugin = at('installed-old');
      expect(await plugin.probe()).to.deep.equal({ version: '1.0.0.8' });
      await plugin.probe();
      const log = await fixtureLog('vnpt-ca', 'installed-old');
      expect(log).to.have.length(4);
      expect(new Set(log.map((e) => e.connection)).size).to.equal(1);
      plugin.close();
    });

    it('says not_installed when checkPlugin does not answer "1"', async () => {
      const error = await rejectionOf(at('answers-not-installed').probe());
      expect(error).to.be.instanceOf(SigningError).with.property('code', 'not_installed');
    });

    it('says not_installed when nothing listens', async () => {
      const error = await rejectionOf(new VnptCaPlugin({ url: `wss://localhost:${servers.closedPort}/plugin` }).probe());
      expect(error).to.have.property('code', 'not_installed');
    });

    it('gives up on a hung plugin within its 3 s', async () => {
      const started = performance.now();
      const error = await rejectionOf(new VnptCaPlugin({ url: `wss://127.0.0.1:${servers.silentPort}/plugin` }).probe());
      expect(error).to.have.property('code', 'not_installed');
      expect(performance.now() - started).to.be.within(2_500, 3_600);
    });
  });

  describe('sign', () => {
    it('reads the token certificate (0, ["1"]) then signs the digest (9) and returns both', async () => {
      const signed = await at('sign-ok').sign({ digest: DIGEST });
      expect(signed).to.deep.equal({ signature: 'U2lnbmF0dXJlT3ZlclRoZURpZ2VzdA==', certificate: 'TUlJQ2VydGlmaWNhdGVERVI=' });
      const log = await fixtureLog('vnpt-ca', 'sign-ok');
      expect(log.map((e) => e.functionID)).to.deep.equal([0, 9]);
      expect(JSON.parse(log[1]!.request!).args).to.deep.equal([DIGEST]);
    });

    it('sets the licence key (6) first when one is configured', async () => {
      await at('sign-ok-with-licence', { licence: 'TEST-LICENCE-XML' }).sign({ digest: DIGEST });
      expect((await fixtureLog('vnpt-ca', 'sign-ok-with-licence')).map((e) => e.functionID)).to.deep.equal([6, 0, 9]);
    });

    it('says domain_refused when the plugin refuses the licence', async () => {
      const error = await rejectionOf(at('licence-refused', { licence: 'TEST-LICENCE-XML' }).sign({ digest: DIGEST }));
      expect(error).to.include({ code: 'domain_refused', pluginCode: '3', pluginMessage: 'License is invalid for this domain' });
    });

    it('says no_certificate when GetCertInfo answers nothing (no token)', async () => {
      expect(await rejectionOf(at('no-certificate').sign({ digest: DIGEST }))).to.have.property('code', 'no_certificate');
    });

    it('maps code 2 to no_certificate and 11 to cancelled', async () => {
      expect(await rejectionOf(at('sign-code-2').sign({ digest: DIGEST }))).to.have.property('code', 'no_certificate');
      expect(await rejectionOf(at('sign-cancelled').sign({ digest: DIGEST }))).to.have.property('code', 'cancelled');
    });

    it('shows any other code as the plugin\'s code and words', async () => {
      const error = await rejectionOf(at('sign-code-5').sign({ digest: DIGEST }));
      expect(error).to.include({ code: 'plugin_error', pluginCode: '5', pluginMessage: 'Lỗi không xác định' });
    });

    it('refuses a sign result whose field names are not the plugin\'s (Data for data)', async () => {
      expect(await rejectionOf(at('sign-wrong-field-name').sign({ digest: DIGEST }))).to.have.property('code', 'bad_reply');
    });

    it('times out when the plugin never answers the signing call', async () => {
      const error = await rejectionOf(at('sign-silent', { signTimeoutMs: 700 }).sign({ digest: DIGEST }));
      expect(error).to.have.property('code', 'timeout');
    });
  });
});
