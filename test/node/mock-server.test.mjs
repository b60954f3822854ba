// The HTTP mock backend (bin/dvc-register-mock.mjs) over real sockets: CORS for the configured
// origin only, scenarios chosen per request three ways, the inbox, captcha answers and a log
// that never holds a body.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runBin, startMock } from './helpers/mock-process.mjs';

const ORIGIN = 'https://portal.example';
const json = { 'Content-Type': 'application/json' };

describe('the HTTP mock backend', () => {
  let mock;
  before(async () => (mock = await startMock(['--origin', ORIGIN])));
  after(() => mock?.stop());

  const post = (path, body, headers = {}) =>
    fetch(`${mock.api}${path}`, { method: 'POST', headers: { ...json, ...headers }, body: JSON.stringify(body ?? {}) });

  async function startRegistration(headers = {}) {
    const captcha = await (await post('/captcha')).json();
    const { answer } = await (await fetch(`${mock.url}/__mock/captchas/${captcha.id}`)).json();
    const details = { idNumber: '001099012345', fullName: 'Nguyễn Văn An', birthDate: '1999-05-01', phone: '+84912345678' };
    return post('/registrations', { subject: 'citizen', method: 'phone', details, captcha: { id: captcha.id, answer } }, headers);
  }

  it('answers a preflight from the configured origin, and nothing for another origin', async () => {
    const ask = (origin) =>
      fetch(`${mock.api}/registrations`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
      });
    const allowed = await ask(ORIGIN);
    assert.equal(allowed.status, 204);
    assert.equal(allowed.headers.get('access-control-allow-origin'), ORIGIN);
    assert.match(allowed.headers.get('access-control-allow-headers'), /content-type/);
    const refused = await ask('https://elsewhere.example');
    assert.equal(refused.headers.get('access-control-allow-origin'), null);
  });

  it('puts CORS headers on error answers too, and exposes Retry-After', async () => {
    const answer = await post('/registrations/unknown/otp', {}, { Origin: ORIGIN });
    assert.equal(answer.status, 404);
    assert.equal(answer.headers.get('content-type'), 'application/problem+json');
    assert.equal(answer.headers.get('access-control-allow-origin'), ORIGIN);
    assert.match(answer.headers.get('access-control-expose-headers'), /Retry-After/);
  });

  it('registers with the captcha answer from /__mock/captchas and shows the OTP in /__mock/inbox', async () => {
    const started = await startRegistration();
    assert.equal(started.status, 201);
    const { id } = await started.json();
    const inbox = await (await fetch(`${mock.url}/__mock/inbox`)).json();
    const sms = inbox.sms.findLast((m) => m.registrationId === id);
    assert.match(sms.code, /^\d{6}$/);
    const verified = await post(`/registrations/${id}/otp/verify`, { code: sms.code });
    assert.equal(verified.status, 200);
  });

  it('applies a scenario named by header, by query or by path prefix, to that request only', async () => {
    assert.equal((await startRegistration({ 'X-Dvc-Mock-Scenario': 'rateLimited' })).status, 429);
    const byQuery = await fetch(`${mock.api}/registrations?__scenario=serverError`, { method: 'POST', headers: json, body: '{}' });
    assert.equal(byQuery.status, 500);
    const byPrefix = await fetch(`${mock.url}/__scenario/rateLimited/api/registration/registrations`, { method: 'POST', headers: json, body: '{}' });
    assert.equal(byPrefix.status, 429);
    assert.equal(byPrefix.headers.get('retry-after'), '42');
    assert.equal((await startRegistration()).status, 201, 'the next request without a scenario is served as usual');
  });

  it('refuses an unknown scenario name instead of ignoring it', async () => {
    const answer = await post('/registrations', {}, { 'X-Dvc-Mock-Scenario': 'rateLimted' });
    assert.equal(answer.status, 400);
    assert.equal((await answer.json()).code, 'unknown_scenario');
  });

  it('drops the connection for the networkError scenario', async () => {
    await assert.rejects(post('/registrations', {}, { 'X-Dvc-Mock-Scenario': 'networkError' }), TypeError);
  });

  it('logs method, path, status and origin, never a body, and resets', async () => {
    await post('/registrations/unknown/password', { password: 'Secret#Never-Logged-1' }, { Origin: ORIGIN });
    const { entries } = await (await fetch(`${mock.url}/__mock/log`)).json();
    const entry = entries.findLast((e) => e.path === '/api/registration/registrations/unknown/password');
    assert.deepEqual({ method: entry.method, status: entry.status, origin: entry.origin }, { method: 'POST', status: 404, origin: ORIGIN });
    assert.doesNotMatch(JSON.stringify(entries), /Secret#Never-Logged-1/);
    assert.equal((await fetch(`${mock.url}/__mock/reset`, { method: 'POST' })).status, 204);
    assert.deepEqual((await (await fetch(`${mock.url}/__mock/inbox`)).json()).sms, []);
  });

  it('lets a script act on the phone for SIM ký số and SmartCA, and serves the signing scenarios', async () => {
    const started = await post('/remote-signing/transactions', { subject: 'citizen', method: 'sim', phone: '+84912345678' });
    assert.equal(started.status, 201);
    const { id, shortCode } = await started.json();
    const { requests } = await (await fetch(`${mock.url}/__mock/phone`)).json();
    assert.deepEqual(requests.find((r) => r.id === id), { id, method: 'sim', to: '+84912345678', shortCode, status: 'waiting' });

    const act = (action) => fetch(`${mock.url}/__mock/phone/${id}/${action}`, { method: 'POST' });
    assert.equal((await act('shake')).status, 404, 'an unknown action is refused, not ignored');
    const confirmed = await act('confirm');
    assert.equal(confirmed.status, 200);
    assert.equal((await confirmed.json()).request.status, 'confirmed');
    const status = await (await fetch(`${mock.api}/remote-signing/transactions/${id}`)).json();
    assert.equal(status.status, 'confirmed');
    assert.equal(status.holder.name, 'Nguyễn Văn An');
    assert.equal((await act('reject')).status, 409, 'a request answered already cannot be answered again');

    const second = await (await post('/remote-signing/transactions', { subject: 'citizen', method: 'smartca', userId: '001099012345' })).json();
    const rejected = await fetch(`${mock.api}/remote-signing/transactions/${second.id}`, { headers: { 'X-Dvc-Mock-Scenario': 'rejected' } });
    assert.equal((await rejected.json()).status, 'rejected');
    const challenge = await post('/signing/challenges', {}, { 'X-Dvc-Mock-Scenario': 'backendUnreachable' }).catch((error) => error);
    assert.ok(challenge instanceof TypeError, 'a USB-token scenario is served too');
    const { scenarios } = await (await fetch(`${mock.url}/__mock/scenarios`)).json();
    assert.ok(scenarios.includes('keyLocked') && scenarios.includes('certificateRevoked') && !scenarios.includes('confirmsAfter'));

    assert.equal((await fetch(`${mock.url}/__mock/reset`, { method: 'POST' })).status, 204);
    assert.deepEqual((await (await fetch(`${mock.url}/__mock/phone`)).json()).requests, []);
  });

  it('answers 404 problem+json for a path nothing mocks', async () => {
    const answer = await fetch(`${mock.api}/no/such/path`);
    assert.equal(answer.status, 404);
    assert.equal((await answer.json()).code, 'not_found');
  });

  it('refuses an unknown --break name at start', async () => {
    const { code, stderr } = await runBin('bin/dvc-register-mock.mjs', ['--port', '0', '--break', 'corz']);
    assert.equal(code, 2);
    assert.match(stderr, /Unknown --break corz/);
  });
});
