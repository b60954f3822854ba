import { expect } from '@open-wc/testing';
import { http, HttpResponse, delay } from 'msw';
import type { SetupWorker } from 'msw/browser';
import { ApiError, parseRetryAfter } from '../../src/api/errors.js';
import { FetchRegistrationApi } from '../../src/api/fetch-api.js';
import { mockBackend } from '../../src/mocks/backend.js';
import { MOCK_BASE } from '../../src/mocks/handlers.js';
import { scenarios } from '../../src/mocks/scenarios.js';
import { useMockBackend } from '../helpers/mock-worker.js';

const request = (captchaId: string, answer: string) => ({
  subject: 'citizen' as const,
  method: 'phone' as const,
  details: { idNumber: '001099012345', fullName: 'Nguyễn Văn An', birthDate: '1999-05-01', phone: '+84912345678' },
  captcha: { id: captchaId, answer },
});

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected the call to fail');
}

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
});
