/** Calling the backend client in tests: what a failed call rejects with, and a client that can be waited for. */
import { expect } from '@open-wc/testing';
import { ApiError } from '../../src/api/errors.js';
import { FetchRegistrationApi } from '../../src/api/fetch-api.js';
import type { AdminUnit, CallOptions } from '../../src/api/types.js';

/** The ApiError `promise` rejects with; fails the test if it resolves or rejects with anything else. */
export async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected the call to fail');
}

/**
 * The fetch client, keeping every list request the picker makes until it is answered. A test can
 * end while one is still on its way (a province chosen last loads its communes), and the picker
 * never cancels it (the request is shared). Its answer would then come from the next test's mock
 * handlers and could use up a `{ once: true }` failure meant for that test's own request: in
 * Firefox, whose round trip through the service worker is slower, the failed-commune test never
 * saw its failure. Each test therefore ends only when its requests are answered.
 */
export class SettlingApi extends FetchRegistrationApi {
  private readonly inFlight = new Set<Promise<unknown>>();

  override listProvinces(options?: CallOptions): Promise<readonly AdminUnit[]> {
    return this.track(super.listProvinces(options));
  }

  override listCommunes(provinceCode: string, options?: CallOptions): Promise<readonly AdminUnit[]> {
    return this.track(super.listCommunes(provinceCode, options));
  }

  /** Resolves once every list request made so far has been answered, whatever the answer. */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private track<T>(call: Promise<T>): Promise<T> {
    this.inFlight.add(call);
    const forget = () => this.inFlight.delete(call);
    call.then(forget, forget);
    return call;
  }
}
