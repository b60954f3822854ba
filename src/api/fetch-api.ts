/**
 * The RegistrationApi over fetch: JSON in and out, Accept-Language from the current locale,
 * a timeout on every call, no redirect ever followed, server-given seconds within bounds, and
 * every failure turned into a typed ApiError.
 */
import { anySignal, timeoutSignal } from './abort.js';
import { joinUrl } from './url.js';
import { ApiError, errorFromProblem } from './errors.js';
import { clampAnswerSeconds } from './limits.js';
import {
  isAccount,
  isActivation,
  isAdminUnitList,
  isAudio,
  isCaptcha,
  isOtpChallenge,
  isOtpVerified,
  isRegistrationFor,
  isUsernameAvailability,
  type Check,
} from './response-checks.js';
import type { ActivationChannel, AdminUnit, CallOptions, RegistrationApi, RegistrationRequest } from './types.js';

export interface FetchApiOptions {
  /** Base URL every contract path is appended to (before its query, if it has one). */
  readonly base: string;
  /** Milliseconds before a call is abandoned with a `timeout` error. */
  readonly timeout: number;
  /** Read on every call, so a locale switch applies to the next request. */
  readonly locale: () => string;
  /** For tests; defaults to the global fetch. */
  readonly fetch?: typeof fetch;
}

export class FetchRegistrationApi implements RegistrationApi {
  constructor(private readonly options: FetchApiOptions) {}

  createCaptcha(options?: CallOptions) {
    return this.call('POST', '/captcha', undefined, isCaptcha, options);
  }

  /** The captcha read aloud, as a Blob the page can play from a `blob:` URL. */
  captchaAudio(captchaId: string, options?: CallOptions) {
    return this.call('GET', `/captcha/${encodeURIComponent(captchaId)}/audio`, undefined, isAudio, options, AUDIO_ACCEPT);
  }

  startRegistration(request: RegistrationRequest, options?: CallOptions) {
    return this.call('POST', '/registrations', request, isRegistrationFor(request.method), options);
  }

  resendOtp(registrationId: string, options?: CallOptions) {
    return this.call('POST', `/registrations/${encodeURIComponent(registrationId)}/otp`, undefined, isOtpChallenge, options);
  }

  verifyOtp(registrationId: string, code: string, options?: CallOptions) {
    return this.call('POST', `/registrations/${encodeURIComponent(registrationId)}/otp/verify`, { code }, isOtpVerified, options);
  }

  setPassword(registrationId: string, password: string, options?: CallOptions) {
    return this.call('POST', `/registrations/${encodeURIComponent(registrationId)}/password`, { password }, isAccount, options);
  }

  chooseActivation(registrationId: string, channel: ActivationChannel, options?: CallOptions) {
    return this.call('POST', `/registrations/${encodeURIComponent(registrationId)}/activation`, { channel }, isActivation, options);
  }

  checkUsername(username: string, options?: CallOptions) {
    return this.call('GET', `/usernames/${encodeURIComponent(username)}`, undefined, isUsernameAvailability, options);
  }

  /**
   * Cached for the page's life: the lists change with reforms, not within a visit. The request is
   * shared by every caller, so one caller's abort signal must not cancel it for the others.
   */
  listProvinces(_options?: CallOptions): Promise<readonly AdminUnit[]> {
    return this.cached('provinces', () => this.call('GET', '/addresses/provinces', undefined, isAdminUnitList));
  }

  listCommunes(provinceCode: string, _options?: CallOptions): Promise<readonly AdminUnit[]> {
    return this.cached(`communes:${provinceCode}`, () =>
      this.call('GET', `/addresses/provinces/${encodeURIComponent(provinceCode)}/communes`, undefined, isAdminUnitList),
    );
  }

  private readonly lists = new Map<string, Promise<readonly AdminUnit[]>>();

  /** One request per list; a failed one is forgotten so the next call tries again. */
  private cached(key: string, load: () => Promise<{ items: AdminUnit[] }>): Promise<readonly AdminUnit[]> {
    let list = this.lists.get(key);
    if (!list) {
      list = load().then((r) => r.items);
      this.lists.set(key, list);
      list.catch(() => this.lists.delete(key));
    }
    return list;
  }

  protected async call<T>(
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    check: Check<T>,
    { signal }: CallOptions = {},
    accept = JSON_ACCEPT,
  ): Promise<T> {
    const timeout = timeoutSignal(this.options.timeout);
    const combined = signal ? anySignal([signal, timeout]) : timeout;
    const headers: Record<string, string> = {
      Accept: accept,
      'Accept-Language': this.options.locale(),
    };
    if (body !== undefined) headers['Content-Type'] = 'application/json';

    let response: Response;
    try {
      response = await (this.options.fetch ?? fetch)(joinUrl(this.options.base, path), {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: combined,
        credentials: 'same-origin',
        // A redirect would re-send the ID number, OTP or password to wherever it points, and its
        // answer would be trusted: the contract has none, so any redirect is a failure.
        redirect: 'manual',
      });
    } catch (error) {
      throw failureOf(error, signal, timeout);
    }
    if (response.type === 'opaqueredirect' || response.redirected || (response.status >= 300 && response.status < 400)) {
      throw new ApiError({ code: 'redirected', status: response.status || undefined });
    }

    let data: unknown;
    try {
      // Only a successful answer to a non-JSON request (the spoken captcha) is binary; problems are JSON.
      data = response.ok && accept !== JSON_ACCEPT ? await response.blob() : await readJson(response);
    } catch (error) {
      // The body can still time out or be cut off after the headers arrived.
      if (signal?.aborted || timeout.aborted) throw failureOf(error, signal, timeout);
      data = undefined;
    }

    if (!response.ok) throw this.problemError(isObject(data) ? data : undefined, response);
    if (!check(data)) throw new ApiError({ code: 'bad_response', status: response.status });
    // A binary answer (the spoken captcha) has no seconds to clamp, and must stay a Blob.
    return accept === JSON_ACCEPT ? clampAnswerSeconds(data) : data;
  }

  /**
   * The error for an answer that is not ok, from its problem document (undefined when the body
   * is not a JSON object, e.g. a proxy's HTML page). A client whose calls have problem codes of
   * their own recognises them here and leaves the rest to this one.
   */
  protected problemError(problem: Record<string, unknown> | undefined, response: Response): Error {
    return errorFromProblem(problem, response.status, response.headers.get('Retry-After'), response.headers.get('Content-Language'));
  }
}

const JSON_ACCEPT = 'application/json, application/problem+json';
const AUDIO_ACCEPT = 'audio/wav, audio/mpeg, audio/*;q=0.8, application/problem+json';

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  return text === '' ? undefined : JSON.parse(text);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The caller's own abort is passed through untouched: a step that went away needs no message. */
function failureOf(error: unknown, signal: AbortSignal | undefined, timeout: AbortSignal): unknown {
  if (signal?.aborted) return signal.reason ?? error;
  if (timeout.aborted) return new ApiError({ code: 'timeout' });
  return new ApiError({ code: 'network' });
}

/** Kept here too for callers that imported it from this module. */
export { joinUrl };
