import { expect } from '@open-wc/testing';
import { SigningError } from '../../src/signing/errors.js';
import { VgcaPlugin } from '../../src/signing/vgca.js';
import { fixtureLog, fixtureServers, rejectionOf, type FixtureServers } from './fixture-server.js';

const DIGEST = 'q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=';

describe('VGCA Sign Service adapter over a real wss:// socket', () => {
  let servers: FixtureServers;
  const at = (scenario: string, options: ConstructorParameters<typeof VgcaPlugin>[0] = {}) =>
    new VgcaPlugin({ url: `wss://127.0.0.1:${servers.port}/vgca/${scenario}`, ...options });

  before(async () => {
    servers = await fixtureServers();
  });

  describe('probe', () => {
    it('reads the version the service reports on GetVersion', async () => {
      expect(await at('installed').probe()).to.deep.equal({ version: '1.0.5.2' });
    });

    it('is installed with an unknown version when the reply has no Version', async () => {
      expect(await at('installed-version-unknown').probe()).to.deep.equal({});
    });

    it('is installed with an unknown version when the service opens the socket but does not say its version in time', async () => {
      const started = performance.now();
      expect(await at('installed-silent-version', { probeTimeoutMs: 600 }).probe()).to.deep.equal({});
      expect(performance.now() - started).to.be.below(3_000);
    });

    it('says not_installed when nothing listens on the port', async () => {
      const error = await rejectionOf(new VgcaPlugin({ url: `wss://127.0.0.1:${servers.closedPort}` }).probe());
      expect(error).to.be.instanceOf(SigningError).with.property('code', 'not_installed');
    });

    it('gives up on a plugin that takes the connection and never answers, within its 3 s', async () => {
      const started = performance.now();
      const error = await rejectionOf(new VgcaPlugin({ url: `wss://127.0.0.1:${servers.silentPort}` }).probe());
      const took = performance.now() - started;
      expect(error).to.be.instanceOf(SigningError).with.property('code', 'not_installed');
      expect(took).to.be.within(2_500, 3_600);
    });
  });

  describe('sign', () => {
    it('sends SignMsg {HashAlg, HashValue} and reads Signature and CertBase64', async () => {
      const signed = await at('sign-ok').sign({ digest: DIGEST });
      expect(signed).to.deep.equal({ signature: 'U2lnbmF0dXJlT3ZlclRoZURpZ2VzdA==', certificate: 'TUlJQ2VydGlmaWNhdGVERVI=' });
      const [entry] = await fixtureLog('vgca', 'sign-ok');
      expect(entry!.endpoint).to.equal('SignMsg');
      expect(JSON.parse(entry!.request!)).to.deep.equal({ HashAlg: 'SHA256', HashValue: DIGEST });
    });

    it('opens one connection per call', async () => {
      const plugin = at('sign-ok');
      await plugin.sign({ digest: DIGEST });
      await plugin.sign({ digest: DIGEST });
      const connections = new Set((await fixtureLog('vgca', 'sign-ok')).map((e) => e.connection));
      expect(connections.size).to.be.at.least(2);
      expect(connections.size).to.equal((await fixtureLog('vgca', 'sign-ok')).length);
    });

    it('maps any Status other than 0 to one generic failure carrying the Status and Message as text', async () => {
      const error = await rejectionOf(at('sign-status-nonzero').sign({ digest: DIGEST }));
      expect(error).to.be.instanceOf(SigningError);
      expect(error).to.include({ code: 'plugin_error', pluginCode: '1', pluginMessage: 'Người dùng đã hủy thao tác ký' });
    });

    it('reads the failure text from Error when there is no Message', async () => {
      const error = await rejectionOf(at('sign-status-error-field').sign({ digest: DIGEST }));
      expect(error).to.include({ code: 'plugin_error', pluginCode: '500', pluginMessage: 'Không tìm thấy chứng thư số' });
    });

    it('refuses a reply whose field names are not the service\'s (signature for Signature)', async () => {
      const error = await rejectionOf(at('sign-wrong-field-name').sign({ digest: DIGEST }));
      expect(error).to.be.instanceOf(SigningError).with.property('code', 'bad_reply');
    });

    it('refuses a reply that is not JSON', async () => {
      const error = await rejectionOf(at('sign-not-json').sign({ digest: DIGEST }));
      expect(error).to.have.property('code', 'bad_reply');
    });

    it('times out when the service never answers', async () => {
      const error = await rejectionOf(at('sign-silent', { signTimeoutMs: 500 }).sign({ digest: DIGEST }));
      expect(error).to.have.property('code', 'timeout');
    });

    it('stops at once when the caller aborts', async () => {
      const controller = new AbortController();
      const pending = at('sign-silent').sign({ digest: DIGEST }, { signal: controller.signal });
      controller.abort(new DOMException('left the step', 'AbortError'));
      const error = await rejectionOf(pending);
      expect(error).to.have.property('name', 'AbortError');
    });

    it('the fixture server refuses a request with a field the fixture does not name', async () => {
      // The adapter's own request shape is what the fixture holds; any other shape must not pass.
      const socket = new WebSocket(`wss://127.0.0.1:${servers.port}/vgca/sign-ok/SignMsg`);
      await new Promise((resolve) => socket.addEventListener('open', resolve, { once: true }));
      const closed = new Promise<CloseEvent>((resolve) => socket.addEventListener('close', resolve, { once: true }));
      socket.send(JSON.stringify({ hashAlg: 'SHA256', HashValue: DIGEST }));
      expect((await closed).code).to.equal(4400);
    });
  });
});
