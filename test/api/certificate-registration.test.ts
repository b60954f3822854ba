import { expect } from '@open-wc/testing';
import type { SetupWorker } from 'msw/browser';
import { http, HttpResponse } from 'msw';
import { retryWaitOf } from '../../src/api/errors.js';
import { CertificateProblem, FetchCertificateRegistrationApi, hasCertificateCalls } from '../../src/api/fetch-certificate-registration.js';
import { lazyApi } from '../../src/api/lazy-api.js';
import { FetchRegistrationApi } from '../../src/api/fetch-api.js';
import { mockBackend } from '../../src/mocks/backend.js';
import { signingMockBackend, signingScenarios } from '../../src/mocks/signing.js';
import { challengeDigest } from '../../src/signing/challenge.js';
import { FakeSigningPlugin, type FakePluginSettings } from '../../src/signing/fake.js';
import { rejection as failure } from '../helpers/api.js';
import { useMockBackend } from '../helpers/mock-worker.js';

describe('certificate registration calls against the mock backend, signed by the fake plugin', () => {
  let worker: SetupWorker;
  const api = new FetchCertificateRegistrationApi({ base: '/api/registration', timeout: 3000, locale: () => 'vi' });
  const plainApi = new FetchRegistrationApi({ base: '/api/registration', timeout: 3000, locale: () => 'vi' });

  beforeEach(async () => {
    worker = await useMockBackend();
    signingMockBackend.reset();
  });

  async function signedBy(subject: 'citizen' | 'business' | 'agency', settings: Partial<FakePluginSettings> = {}) {
    const challenge = await api.createSigningChallenge({ subject, method: 'usb' });
    const plugin = new FakeSigningPlugin({ holder: subject, ...settings });
    const signed = await plugin.sign({ digest: await challengeDigest(challenge.nonce, location.origin) });
    return { challenge, signed, plugin };
  }

  it('tells a client with the certificate calls from the host\'s lazy default client, which answers every name', () => {
    expect(hasCertificateCalls(lazyApi(async () => plainApi))).to.equal(false);
    expect(hasCertificateCalls(plainApi)).to.equal(false);
    expect(hasCertificateCalls(api)).to.equal(true);
  });

  it('issues a challenge of at least 32 random bytes, new each time', async () => {
    const a = await api.createSigningChallenge({ subject: 'citizen', method: 'usb' });
    const b = await api.createSigningChallenge({ subject: 'citizen', method: 'usb' });
    expect(atob(a.nonce).length).to.be.at.least(32);
    expect(a.nonce).to.not.equal(b.nonce);
    expect(a.id).to.not.equal(b.id);
  });

  for (const [subject, kind, type, value] of [
    ['citizen', 'person', 'cccd', '001099012345'],
    ['business', 'organization', 'tax-code', '0100233488'],
    ['agency', 'organization', 'budget-code', '1012345'],
  ] as const) {
    it(`registers a ${subject} from what the fake plugin signed, and reads the holder from the certificate`, async () => {
      const { challenge, signed } = await signedBy(subject);
      const registration = await api.submitSignedChallenge(challenge.id, signed);
      expect(registration.username).to.equal(value);
      expect(registration.holder).to.deep.include({ kind });
      expect(registration.holder.identifier).to.deep.equal({ type, value });
      const captcha = await plainApi.createCaptcha();
      const account = await api.completeRegistration(registration.id, {
        email: 'lien.he@example.vn',
        captcha: { id: captcha.id, answer: mockBackend.lastCaptchaAnswer()! },
      });
      expect(account.username).to.equal(value);
    });
  }

  it('refuses a challenge sent twice (stale)', async () => {
    const { challenge, signed } = await signedBy('citizen');
    await api.submitSignedChallenge(challenge.id, signed);
    const error = await failure(api.submitSignedChallenge(challenge.id, signed));
    expect(error).to.be.instanceOf(CertificateProblem).with.property('certificateCode', 'challenge_expired');
  });

  it('refuses a challenge past its expiry', async () => {
    signingMockBackend.challengeExpiresIn = 0;
    const { challenge, signed } = await signedBy('citizen');
    const later = Date.now() + 1000;
    mockBackend.now = () => later;
    const error = await failure(api.submitSignedChallenge(challenge.id, signed));
    expect(error).to.have.property('certificateCode', 'challenge_expired');
  });

  it('refuses a signature made over another challenge (foreign)', async () => {
    const first = await signedBy('citizen');
    const second = await api.createSigningChallenge({ subject: 'citizen', method: 'usb' });
    const error = await failure(api.submitSignedChallenge(second.id, first.signed));
    expect(error).to.have.property('certificateCode', 'signature_invalid');
  });

  it('refuses a signature made for another origin', async () => {
    const challenge = await api.createSigningChallenge({ subject: 'citizen', method: 'usb' });
    const signed = await new FakeSigningPlugin().sign({ digest: await challengeDigest(challenge.nonce, 'https://lua-dao.example') });
    const error = await failure(api.submitSignedChallenge(challenge.id, signed));
    expect(error).to.have.property('certificateCode', 'signature_invalid');
  });

  it('refuses an expired, not yet valid or revoked certificate', async () => {
    for (const [state, code] of [
      ['expired', 'certificate_expired'],
      ['not-yet-valid', 'certificate_not_yet_valid'],
      ['revoked', 'certificate_revoked'],
    ] as const) {
      const { challenge, signed } = await signedBy('business', { certificate: state });
      expect(await failure(api.submitSignedChallenge(challenge.id, signed))).to.have.property('certificateCode', code);
    }
  });

  it('refuses a personal certificate for a business, and says which kind is needed', async () => {
    const { challenge, signed } = await signedBy('business', { holder: 'citizen' });
    const error = await failure(api.submitSignedChallenge(challenge.id, signed));
    expect(error).to.include({ certificateCode: 'certificate_wrong_subject', expectedHolder: 'organization' });
  });

  it('requires an email from an organisation', async () => {
    const { challenge, signed } = await signedBy('agency');
    const registration = await api.submitSignedChallenge(challenge.id, signed);
    await plainApi.createCaptcha();
    const error = await failure(api.completeRegistration(registration.id, { captcha: { id: 'x', answer: 'y' } }));
    expect(error.code).to.equal('captcha_invalid');
    const captcha = await plainApi.createCaptcha();
    const missing = await failure(api.completeRegistration(registration.id, { captcha: { id: captcha.id, answer: mockBackend.lastCaptchaAnswer()! } }));
    expect(missing.code).to.equal('validation_failed');
    expect(missing.fieldErrors).to.deep.equal([{ field: 'email', code: 'required' }]);
  });

  it('answers the forced scenarios', async () => {
    worker.use(...signingScenarios.accountExists());
    const { challenge, signed } = await signedBy('citizen');
    expect((await failure(api.submitSignedChallenge(challenge.id, signed))).code).to.equal('account_exists');
    worker.use(...signingScenarios.backendUnreachable());
    expect((await failure(api.createSigningChallenge({ subject: 'citizen', method: 'usb' }))).code).to.equal('network');
  });

  it("follows the other calls' rules for what is not a problem of its own: a proxy's HTML 503 with Retry-After is a wait", async () => {
    worker.use(
      http.post('/api/registration/signing/challenges', () =>
        new HttpResponse('<html><body>Service Unavailable</body></html>', { status: 503, headers: { 'Content-Type': 'text/html', 'Retry-After': '45' } }),
      ),
    );
    const busy = await failure(api.createSigningChallenge({ subject: 'citizen', method: 'usb' }));
    expect(busy).to.not.be.instanceOf(CertificateProblem);
    expect(busy.code).to.equal('server_error');
    expect(retryWaitOf(busy)).to.equal(45);
  });
});
