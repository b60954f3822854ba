import { expect } from '@open-wc/testing';
import { http, HttpResponse, delay } from 'msw';
import type { SetupWorker } from 'msw/browser';
import { ApiError, parseRetryAfter, retryWaitOf } from '../../src/api/errors.js';
import { FetchRegistrationApi, joinUrl } from '../../src/api/fetch-api.js';
import { MAX_SERVER_TEXT, MAX_VALIDITY_SECONDS, MAX_WAIT_SECONDS } from '../../src/api/limits.js';
import { mockBackend } from '../../src/mocks/backend.js';
import { MOCK_BASE } from '../../src/mocks/handlers.js';
import { scenarios } from '../../src/mocks/scenarios.js';
import { rejection } from '../helpers/api.js';
import { useMockBackend } from '../helpers/mock-worker.js';

const request = (captchaId: string, answer: string) => ({
  subject: 'citizen' as const,
  method: 'phone' as const,
  details: { idNumber: '001099012345', fullName: 'Nguyễn Văn An', birthDate: '1999-05-01', phone: '+84912345678' },
  captcha: { id: captchaId, answer },
});

describe('the fetch API client against the mock backend', () => {
  let worker: SetupWorker;
  let locale = 'vi';
  const api = () => new FetchRegistrationApi({ base: '/api/registration', timeout: 2000, locale: () => locale });

  beforeEach(async () => {
    worker = await useMockBackend();
    locale = 'vi';
  });

  it('runs a whole registration: captcha, start, verify, password', async () => {
    const client = api();
    const captcha = await client.createCaptcha();
    expect(captcha.image).to.match(/^data:image\/svg\+xml;base64,/);
    const registration = await client.startRegistration(request(captcha.id, mockBackend.lastCaptchaAnswer()!.toLowerCase()));
    expect(registration.otp!.destination).to.equal('09•• ••• 678');
    expect(registration.otp!.length).to.equal(6);
    const verified = await client.verifyOtp(registration.id, mockBackend.lastOtp()!.code);
    expect(verified.passwordPolicy.minLength).to.equal(8);
    const account = await client.setPassword(registration.id, 'Abcdef1!');
    expect(account).to.deep.equal({ username: '001099012345', assuranceLevel: 2 });
  });

  it('sends JSON with Accept-Language from the current locale', async () => {
    const seen: Array<string | null> = [];
    worker.use(
      http.post(`${MOCK_BASE}/captcha`, ({ request }) => {
        seen.push(request.headers.get('Accept-Language'));
      }),
    );
    await api().createCaptcha();
    locale = 'en';
    await api().createCaptcha();
    expect(seen).to.deep.equal(['vi', 'en']);
  });

  it('turns a problem+json answer into a typed error with its code and details', async () => {
    const client = api();
    const captcha = await client.createCaptcha();
    const error = await rejection(client.startRegistration(request(captcha.id, 'WRONG')));
    expect(error.code).to.equal('captcha_invalid');
    expect(error.status).to.equal(400);

    const reg = await client.startRegistration(request((await client.createCaptcha()).id, mockBackend.lastCaptchaAnswer()!));
    const wrongCode = mockBackend.lastOtp()!.code === '000000' ? '111111' : '000000';
    const wrong = await rejection(client.verifyOtp(reg.id, wrongCode));
    expect(wrong.code).to.equal('otp_invalid');
    expect(wrong.attemptsLeft).to.equal(2);
  });

  it('reads Retry-After on 429', async () => {
    worker.use(...scenarios.rateLimited());
    const error = await rejection(api().startRegistration(request('x', 'y')));
    expect(error.code).to.equal('rate_limited');
    expect(error.retryAfter).to.equal(42);
  });

  it('keeps the server text of an unknown code as text, and maps a bare 500 to server_error', async () => {
    worker.use(...scenarios.unknownError());
    const unknown = await rejection(api().startRegistration(request('x', 'y')));
    expect(unknown.code).to.equal('unknown');
    expect(unknown.serverText).to.contain('<script>');
    worker.use(...scenarios.serverError());
    const server = await rejection(api().startRegistration(request('x', 'y')));
    expect(server.code).to.equal('server_error');
    expect(server.status).to.equal(500);
  });

  it('reports a network failure as a network error', async () => {
    worker.use(...scenarios.networkError());
    const error = await rejection(api().startRegistration(request('x', 'y')));
    expect(error.code).to.equal('network');
  });

  it('gives up after the timeout', async () => {
    worker.use(
      http.post(`${MOCK_BASE}/captcha`, async () => {
        await delay(5000);
        return HttpResponse.json({});
      }),
    );
    const client = new FetchRegistrationApi({ base: '/api/registration', timeout: 1000, locale: () => 'vi' });
    const error = await rejection(client.createCaptcha());
    expect(error.code).to.equal('timeout');
  });

  it("passes the caller's own abort through, not as an error to show", async () => {
    worker.use(
      http.post(`${MOCK_BASE}/captcha`, async () => {
        await delay(5000);
        return HttpResponse.json({});
      }),
    );
    const controller = new AbortController();
    const call = api().createCaptcha({ signal: controller.signal });
    controller.abort();
    try {
      await call;
      throw new Error('expected an abort');
    } catch (error) {
      expect(error).to.not.be.instanceOf(ApiError);
      expect((error as DOMException).name).to.equal('AbortError');
    }
  });

  it('rejects an answer that does not match the contract as bad_response', async () => {
    worker.use(http.post(`${MOCK_BASE}/captcha`, () => HttpResponse.json({ id: 1 })));
    const error = await rejection(api().createCaptcha());
    expect(error.code).to.equal('bad_response');
  });

  it('parses Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('120')).to.equal(120);
    const now = Date.parse('2026-11-27T00:00:00Z');
    expect(parseRetryAfter('Fri, 27 Nov 2026 00:01:00 GMT', now)).to.equal(60);
    expect(parseRetryAfter('soon')).to.equal(undefined);
    expect(parseRetryAfter(null)).to.equal(undefined);
  });

  it('parses Retry-After strictly: digits, or a real IMF-fixdate, and nothing Date.parse would guess at', () => {
    const now = Date.parse('2026-11-27T00:00:00Z');
    expect(parseRetryAfter(' 30 ', now)).to.equal(30);
    expect(parseRetryAfter('0', now)).to.equal(0);
    expect(parseRetryAfter('Fri, 27 Nov 2026 00:00:30 GMT', now)).to.equal(30);
    expect(parseRetryAfter('Thu, 26 Nov 2026 23:00:00 GMT', now), 'a date in the past').to.equal(0);
    for (const loose of [
      '2026-11-27T00:01:00Z',
      '11/27/2026',
      'Nov 27 2026',
      '1',
      'Friday, 27-Nov-26 00:01:00 GMT',
      'Fri Nov 27 00:01:00 2026',
      'Sat, 27 Nov 2026 00:01:00 GMT',
      'Fri, 31 Feb 2026 00:01:00 GMT',
      'Fri, 27 Nov 2026 25:01:00 GMT',
      'Fri, 27 Nov 2026 00:01:00 +0000',
      '-5',
      '1.5',
      '0x10',
      '1e3',
    ].filter((v) => v !== '1')) {
      expect(parseRetryAfter(loose, now), loose).to.equal(undefined);
    }
  });

  it('clamps a wait of decades to the longest wait a backend may impose', () => {
    expect(parseRetryAfter('999999999')).to.equal(MAX_WAIT_SECONDS);
    expect(parseRetryAfter('99999999999999999999999999')).to.equal(MAX_WAIT_SECONDS);
    expect(parseRetryAfter('9'.repeat(400)), 'beyond any number').to.equal(MAX_WAIT_SECONDS);
    expect(parseRetryAfter('Fri, 01 Jan 2100 00:00:00 GMT')).to.equal(MAX_WAIT_SECONDS);
    expect(new ApiError({ code: 'rate_limited', retryAfter: 1e12 }).retryAfter).to.equal(MAX_WAIT_SECONDS);
  });

  it('clamps every seconds field of an answer, at any depth', async () => {
    worker.use(
      http.post(`${MOCK_BASE}/captcha`, () =>
        HttpResponse.json({ id: 'c', image: 'data:image/png;base64,AAAA', expiresIn: 999999999 }),
      ),
      http.post(`${MOCK_BASE}/registrations/:id/otp`, () =>
        HttpResponse.json({ destination: '09•• ••• 678', expiresIn: 2 ** 40, resendAfter: 999999999, length: 6 }),
      ),
    );
    expect((await api().createCaptcha()).expiresIn).to.equal(MAX_VALIDITY_SECONDS);
    const otp = await api().resendOtp('r1');
    expect(otp.expiresIn).to.equal(MAX_VALIDITY_SECONDS);
    expect(otp.resendAfter).to.equal(MAX_WAIT_SECONDS);
  });

  it('reads Retry-After on 503 too, and applies one wait rule to any call', async () => {
    worker.use(
      http.post(`${MOCK_BASE}/registrations/:id/otp/verify`, () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Bảo trì', status: 503, code: 'server_error' },
          { status: 503, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '90' } },
        ),
      ),
      http.post(`${MOCK_BASE}/registrations/:id/password`, () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '7' } })),
    );
    const unavailable = await rejection(api().verifyOtp('r1', '123456'));
    expect(unavailable.code).to.equal('server_error');
    expect(retryWaitOf(unavailable)).to.equal(90);
    const limited = await rejection(api().setPassword('r1', 'Abcdef1!'));
    expect(limited.code).to.equal('rate_limited');
    expect(retryWaitOf(limited)).to.equal(7);
    // A 500 with Retry-After is not a wait; a rate limit without one waits a minute.
    expect(retryWaitOf(new ApiError({ code: 'server_error', status: 500, retryAfter: 30 }))).to.equal(undefined);
    expect(retryWaitOf(new ApiError({ code: 'rate_limited', status: 429 }))).to.equal(60);
  });

  it('caps the server text it keeps, however long the problem detail', async () => {
    worker.use(
      http.post(`${MOCK_BASE}/captcha`, () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Lỗi', status: 400, code: 'odd', detail: 'x'.repeat(1_000_000) },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const error = await rejection(api().createCaptcha());
    expect(error.serverText!.length).to.be.at.most(MAX_SERVER_TEXT + 10);
    expect(error.serverText!.endsWith('…')).to.equal(true);
    expect(error.serverCode).to.equal('odd');
  });

  it('refuses an answer whose shown text (a masked destination) is absurdly long', async () => {
    worker.use(
      http.post(`${MOCK_BASE}/registrations/:id/otp`, () =>
        HttpResponse.json({ destination: '9'.repeat(100_000), expiresIn: 300, resendAfter: 60, length: 6 }),
      ),
    );
    const error = await rejection(api().resendOtp('r1'));
    expect(error.code).to.equal('bad_response');
  });

  for (const status of [301, 302, 303, 307, 308]) {
    it(`never follows a ${status} redirect to another origin, and never trusts its answer`, async () => {
      const elsewhere: string[] = [];
      worker.use(
        http.post(`${MOCK_BASE}/registrations/:id/password`, () =>
          new HttpResponse(null, { status, headers: { Location: 'https://collector.example/steal' } }),
        ),
        http.all('https://collector.example/*', async ({ request }) => {
          elsewhere.push(`${request.method} ${await request.text()}`);
          return HttpResponse.json({ username: 'attacker', assuranceLevel: 2 });
        }),
      );
      const error = await rejection(api().setPassword('r1', 'Abcdef1!'));
      expect(error.code).to.equal('redirected');
      expect(elsewhere).to.deep.equal([]);
    });
  }

  it('keeps a query in the base URL after every path', async () => {
    expect(joinUrl('/api/registration?tenant=hn', '/captcha')).to.equal('/api/registration/captcha?tenant=hn');
    expect(joinUrl('https://x.example/api/?a=1&b=2', '/usernames/an')).to.equal('https://x.example/api/usernames/an?a=1&b=2');
    expect(joinUrl('/api/registration/', '/captcha')).to.equal('/api/registration/captcha');
    expect(joinUrl('/api/registration?', '/captcha')).to.equal('/api/registration/captcha');
    const seen: string[] = [];
    worker.use(
      http.post(`${MOCK_BASE}/captcha`, ({ request }) => {
        seen.push(new URL(request.url).search);
      }),
    );
    await new FetchRegistrationApi({ base: '/api/registration?tenant=hn', timeout: 2000, locale: () => 'vi' }).createCaptcha();
    expect(seen).to.deep.equal(['?tenant=hn']);
  });
});
