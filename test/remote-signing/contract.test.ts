import { expect } from '@open-wc/testing';
import type { SetupWorker } from 'msw/browser';
import { FetchRemoteSigningApi } from '../../src/remote-signing/fetch-remote-signing-api.js';
import { isRemoteSigningStatus } from '../../src/api/remote-signing-checks.js';
import { mockBackend } from '../../src/mocks/backend.js';
import { REMOTE_MAGIC, remoteSigningMock, remoteSigningScenarios } from '../../src/mocks/remote-signing.js';
import { rejection } from '../helpers/api.js';
import { useMockBackend } from '../helpers/mock-worker.js';

describe('remote signing: client and mock backend', () => {
  let worker: SetupWorker;
  const api = new FetchRemoteSigningApi({ base: '/api/registration', timeout: 5000, locale: () => 'vi' });
  const sim = { subject: 'citizen' as const, method: 'sim' as const, phone: '+84912345678' };

  beforeEach(async () => {
    worker = await useMockBackend();
    remoteSigningMock.reset();
  });

  it('runs a whole SIM signature: start, wait, confirm on the phone, holder, account', async () => {
    const t = await api.startRemoteSigning(sim);
    expect(t.expiresIn).to.equal(300);
    expect(t.shortCode).to.match(/^\d{4}$/);
    expect(remoteSigningMock.last()).to.include({ id: t.id, to: '+84912345678', method: 'sim' });
    expect(await api.getRemoteSigningStatus(t.id)).to.deep.equal({ status: 'waiting' });
    remoteSigningMock.act(t.id, 'confirm');
    const confirmed = await api.getRemoteSigningStatus(t.id);
    expect(confirmed.status).to.equal('confirmed');
    expect(confirmed.holder).to.include({ kind: 'person', name: 'Nguyễn Văn An' });
    expect(confirmed.holder!.identifier).to.deep.equal({ type: 'cccd', value: '001099012345' });
    await api.createCaptcha();
    const captcha = await api.createCaptcha();
    const account = await api.createRemoteSigningAccount(t.id, { captcha: { id: captcha.id, answer: mockBackend.lastCaptchaAnswer()! } });
    expect(account.username).to.equal('001099012345');
  });

  it('gives a business holder for a business SIM, and needs its email', async () => {
    const t = await api.startRemoteSigning({ ...sim, subject: 'business' });
    remoteSigningMock.act(t.id, 'confirm');
    const holder = (await api.getRemoteSigningStatus(t.id)).holder!;
    expect(holder.kind).to.equal('organization');
    expect(holder.identifier).to.deep.equal({ type: 'tax-code', value: '0101234567' });
    const captcha = await api.createCaptcha();
    const error = await rejection(api.createRemoteSigningAccount(t.id, { captcha: { id: captcha.id, answer: mockBackend.lastCaptchaAnswer()! } }));
    expect(error.code).to.equal('validation_failed');
    expect(error.fieldErrors).to.deep.equal([{ field: 'email', code: 'required' }]);
  });

  it('starts SmartCA by user id (CCCD)', async () => {
    const t = await api.startRemoteSigning({ subject: 'citizen', method: 'smartca', userId: '001099012345' });
    expect(remoteSigningMock.last()).to.include({ id: t.id, to: '001099012345', method: 'smartca' });
  });

  it('cancels: the backend is told and says cancelled; a later confirm changes nothing', async () => {
    const t = await api.startRemoteSigning(sim);
    expect(await api.cancelRemoteSigning(t.id)).to.deep.equal({ status: 'cancelled' });
    remoteSigningMock.act(t.id, 'confirm');
    expect(await api.getRemoteSigningStatus(t.id)).to.deep.equal({ status: 'cancelled' });
  });

  for (const [action, status] of [
    ['reject', 'rejected'],
    ['wrong-pin', 'pin_failed'],
    ['expire', 'expired'],
  ] as const) {
    it(`the phone's "${action}" makes the status "${status}"`, async () => {
      const t = await api.startRemoteSigning(sim);
      remoteSigningMock.act(t.id, action);
      expect(await api.getRemoteSigningStatus(t.id)).to.deep.equal({ status });
    });
  }

  it('expires by itself at the deadline', async () => {
    const t = await api.startRemoteSigning(sim);
    const start = mockBackend.now();
    mockBackend.now = () => start + 301_000;
    expect(await api.getRemoteSigningStatus(t.id)).to.deep.equal({ status: 'expired' });
  });

  it('says sim_not_registered and subscriber_not_found for the magic numbers', async () => {
    const a = await api.startRemoteSigning({ ...sim, phone: REMOTE_MAGIC.simNotRegistered });
    expect((await api.getRemoteSigningStatus(a.id)).status).to.equal('sim_not_registered');
    const b = await api.startRemoteSigning({ subject: 'citizen', method: 'smartca', userId: REMOTE_MAGIC.smartcaUserNotFound });
    expect((await api.getRemoteSigningStatus(b.id)).status).to.equal('subscriber_not_found');
  });

  it('refuses to start for an ID that already has an account', async () => {
    const error = await rejection(api.startRemoteSigning({ subject: 'citizen', method: 'smartca', userId: '001099000001' }));
    expect(error.code).to.equal('account_exists');
  });

  describe('scenarios', () => {
    for (const name of [
      'confirmed',
      'rejected',
      'expired',
      'pinFailed',
      'keyLocked',
      'signingFailed',
      'simNotRegistered',
      'subscriberNotFound',
      'cancelled',
    ] as const) {
      it(`${name}: the first status answer is final and matches the contract`, async () => {
        worker.use(...remoteSigningScenarios[name]());
        const t = await api.startRemoteSigning(sim);
        const answer = await api.getRemoteSigningStatus(t.id);
        expect(answer.status).not.to.equal('waiting');
        expect(isRemoteSigningStatus(answer)).to.equal(true);
      });
    }

    it('confirmsAfter(3): waiting twice, then confirmed', async () => {
      worker.use(...remoteSigningScenarios.confirmsAfter(3));
      const t = await api.startRemoteSigning(sim);
      const seen = [];
      for (let i = 0; i < 3; i++) seen.push((await api.getRemoteSigningStatus(t.id)).status);
      expect(seen).to.deep.equal(['waiting', 'waiting', 'confirmed']);
    });

    it('statusBusy: a 503 with Retry-After 3, once', async () => {
      worker.use(...remoteSigningScenarios.statusBusy());
      const t = await api.startRemoteSigning(sim);
      const error = await rejection(api.getRemoteSigningStatus(t.id));
      expect(error).to.include({ code: 'server_error', status: 503, retryAfter: 3 });
      expect((await api.getRemoteSigningStatus(t.id)).status).to.equal('waiting');
    });

    it('statusOffline: a network failure', async () => {
      worker.use(...remoteSigningScenarios.statusOffline());
      const t = await api.startRemoteSigning(sim);
      expect((await rejection(api.getRemoteSigningStatus(t.id))).code).to.equal('network');
    });

    it('statusUnknown: 404 registration_expired', async () => {
      worker.use(...remoteSigningScenarios.statusUnknown());
      const t = await api.startRemoteSigning(sim);
      expect((await rejection(api.getRemoteSigningStatus(t.id))).code).to.equal('registration_expired');
    });

    it('startRateLimited: 429 with Retry-After 30', async () => {
      worker.use(...remoteSigningScenarios.startRateLimited());
      expect(await rejection(api.startRemoteSigning(sim))).to.include({ code: 'rate_limited', retryAfter: 30 });
    });
  });
});
