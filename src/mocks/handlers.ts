/**
 * MSW handlers for every path of docs/openapi.yaml, answering from the shared MockBackend.
 * They match any origin, so a page with any `api-base` ending in the default path works.
 */
import { http, HttpResponse, delay, type HttpHandler } from 'msw';
import type { components } from '../generated/api-schema.js';
import { mockBackend, type MockBackend, type MockReply } from './backend.js';
import { createRemoteSigningHandlers } from './remote-signing.js';
import { createSigningHandlers } from './signing.js';

type S = components['schemas'];

/** The default `api-base` as an MSW pattern that matches any origin. */
export const MOCK_BASE = '*/api/registration';

/** Milliseconds every mock answer waits, so busy states are visible; 0 in tests. */
export const mockLatency = { ms: 0 };

async function reply<T>(result: MockReply<T>) {
  if (mockLatency.ms > 0) await delay(mockLatency.ms);
  if (result.ok) return HttpResponse.json(result.body as never, { status: result.status });
  return HttpResponse.json(result.problem, {
    status: result.status,
    headers: { 'Content-Type': 'application/problem+json', ...result.headers },
  });
}

export function createHandlers(backend: MockBackend = mockBackend, base = MOCK_BASE): HttpHandler[] {
  return [
    http.post(`${base}/captcha`, () => reply(backend.createCaptcha())),
    http.get<{ id: string }>(`${base}/captcha/:id/audio`, async ({ params }) => {
      const result = backend.captchaAudio(params.id);
      if (!result.ok) return reply(result);
      if (mockLatency.ms > 0) await delay(mockLatency.ms);
      return new HttpResponse(result.body, { headers: { 'Content-Type': 'audio/wav' } });
    }),
    http.post<never, S['RegistrationRequest']>(`${base}/registrations`, async ({ request }) =>
      reply(backend.startRegistration(await request.json())),
    ),
    http.post<{ id: string }>(`${base}/registrations/:id/otp`, ({ params }) => reply(backend.resendOtp(params.id))),
    http.post<{ id: string }, { code: string }>(`${base}/registrations/:id/otp/verify`, async ({ params, request }) =>
      reply(backend.verifyOtp(params.id, (await request.json()).code)),
    ),
    http.post<{ id: string }, { password: string }>(`${base}/registrations/:id/password`, async ({ params, request }) =>
      reply(backend.setPassword(params.id, (await request.json()).password)),
    ),
    http.post<{ id: string }, { channel: 'sms' | 'email' }>(`${base}/registrations/:id/activation`, async ({ params, request }) =>
      reply(backend.chooseActivation(params.id, (await request.json()).channel)),
    ),
    http.get<{ username: string }>(`${base}/usernames/:username`, ({ params }) => reply(backend.checkUsername(params.username))),
    http.get(`${base}/addresses/provinces`, () => reply(backend.listProvinces())),
    http.get<{ code: string }>(`${base}/addresses/provinces/:code/communes`, ({ params }) => reply(backend.listCommunes(params.code))),
    ...createRemoteSigningHandlers(undefined, base),
    ...createSigningHandlers(base),
  ];
}

export const handlers = createHandlers();
