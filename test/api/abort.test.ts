import { expect } from '@open-wc/testing';
import { http, HttpResponse, delay } from 'msw';
import { anySignal, timeoutSignal } from '../../src/api/abort.js';
import { ApiError } from '../../src/api/errors.js';
import { FetchRegistrationApi } from '../../src/api/fetch-api.js';
import { MOCK_BASE } from '../../src/mocks/handlers.js';
import { useMockBackend } from '../helpers/mock-worker.js';

type Statics = { any?: unknown; timeout?: unknown };

/** Runs the body as on Safari 15 or Chrome 90: AbortSignal.any and AbortSignal.timeout do not exist. */
async function withoutNewerAbortApis(body: () => Promise<void>): Promise<void> {
  const statics = AbortSignal as unknown as Statics;
  const saved = {
    any: Object.getOwnPropertyDescriptor(AbortSignal, 'any'),
    timeout: Object.getOwnPropertyDescriptor(AbortSignal, 'timeout'),
  };
  delete statics.any;
  delete statics.timeout;
  try {
    expect(statics.any, 'AbortSignal.any removed').to.equal(undefined);
    expect(statics.timeout, 'AbortSignal.timeout removed').to.equal(undefined);
    await body();
  } finally {
    if (saved.any) Object.defineProperty(AbortSignal, 'any', saved.any);
    if (saved.timeout) Object.defineProperty(AbortSignal, 'timeout', saved.timeout);
  }
}

const aborted = (signal: AbortSignal) => new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));

describe('abort helpers where AbortSignal.any and AbortSignal.timeout are missing', () => {
  it('timeoutSignal aborts with a TimeoutError', async () => {
    await withoutNewerAbortApis(async () => {
      const signal = timeoutSignal(50);
      expect(signal.aborted).to.equal(false);
      await aborted(signal);
      expect((signal.reason as DOMException).name).to.equal('TimeoutError');
    });
  });

  it('anySignal follows whichever signal aborts first, with its reason', async () => {
    await withoutNewerAbortApis(async () => {
      const a = new AbortController();
      const b = new AbortController();
      const combined = anySignal([a.signal, b.signal]);
      expect(combined.aborted).to.equal(false);
      b.abort('b went first');
      expect(combined.aborted).to.equal(true);
      expect(combined.reason).to.equal('b went first');
      a.abort('too late');
      expect(combined.reason).to.equal('b went first');
      // Already aborted signals abort the combination at once.
      expect(anySignal([a.signal]).aborted).to.equal(true);
    });
  });

  it('the fetch client still calls, times out and passes a caller abort through', async () => {
    const worker = await useMockBackend();
    await withoutNewerAbortApis(async () => {
      const api = new FetchRegistrationApi({ base: '/api/registration', timeout: 1000, locale: () => 'vi' });
      const captcha = await api.createCaptcha();
      expect(captcha.image).to.match(/^data:image\//);

      worker.use(
        http.post(`${MOCK_BASE}/captcha`, async () => {
          await delay(5000);
          return HttpResponse.json({});
        }),
      );
      const timedOut = await api.createCaptcha().catch((e: unknown) => e);
      expect(timedOut).to.be.instanceOf(ApiError);
      expect((timedOut as ApiError).code).to.equal('timeout');

      const controller = new AbortController();
      const call = api.createCaptcha({ signal: controller.signal });
      controller.abort();
      const stopped = await call.catch((e: unknown) => e);
      expect(stopped).to.not.be.instanceOf(ApiError);
      expect((stopped as DOMException).name).to.equal('AbortError');
    });
  });
});
