/**
 * Every failure of a backend call becomes one ApiError with a stable code, so the UI maps codes
 * to localized messages and never shows a raw server or browser error.
 */
import { fieldNameOf } from './field-names.js';
import { capText, clampSeconds, MAX_WAIT_SECONDS } from './limits.js';
import type { FieldError, Problem } from './types.js';

/** Codes the contract documents (docs/openapi.yaml, Problem.code). */
export const SERVER_CODES = [
  'validation_failed',
  'captcha_invalid',
  'phone_not_matching_id',
  'account_exists',
  'bhxh_not_found',
  'bhxh_mismatch',
  'username_taken',
  'otp_invalid',
  'otp_expired',
  'otp_too_many_attempts',
  'registration_expired',
  'password_rejected',
  'rate_limited',
  'not_found',
  'server_error',
] as const;

/** Codes the client itself produces when no usable answer arrived. */
export const CLIENT_CODES = ['network', 'timeout', 'bad_response', 'redirected'] as const;

export type KnownErrorCode = (typeof SERVER_CODES)[number] | (typeof CLIENT_CODES)[number];
/** An undocumented server code: shown through the server's own text when it is plain and in the shown language. */
export type ErrorCode = KnownErrorCode | 'unknown';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ErrorCode;
  readonly status: number | undefined;
  /** The server's own words (title and detail), capped in length; never rendered as HTML. */
  readonly serverText: string | undefined;
  /** The language the server says its words are in (Content-Language), lower case, if it said. */
  readonly serverLanguage: string | undefined;
  /** The code exactly as the server sent it, when it is a plain identifier (for support). */
  readonly serverCode: string | undefined;
  readonly fieldErrors: readonly FieldError[];
  readonly attemptsLeft: number | undefined;
  /** Seconds to wait before trying again (429 or 503 with Retry-After), at most MAX_WAIT_SECONDS. */
  readonly retryAfter: number | undefined;
  /** With bhxh_mismatch: which kinds of field differ from the record (never the record's values). */
  readonly mismatches: readonly string[];

  constructor(init: {
    code: ErrorCode;
    status?: number;
    serverText?: string;
    serverLanguage?: string;
    serverCode?: string;
    fieldErrors?: readonly FieldError[];
    attemptsLeft?: number;
    retryAfter?: number;
    mismatches?: readonly string[];
  }) {
    super(`API error: ${init.code}${init.status ? ` (HTTP ${init.status})` : ''}`);
    this.code = init.code;
    this.status = init.status;
    this.serverText = init.serverText === undefined ? undefined : capText(init.serverText);
    this.serverLanguage = init.serverLanguage;
    this.serverCode = init.serverCode;
    this.fieldErrors = init.fieldErrors ?? [];
    this.attemptsLeft = init.attemptsLeft;
    this.retryAfter = init.retryAfter === undefined ? undefined : clampSeconds(init.retryAfter, MAX_WAIT_SECONDS);
    this.mismatches = init.mismatches ?? [];
  }

  /** The same failure, for a step that could show none of its field errors: nothing is marked. */
  withoutFieldErrors(): ApiError {
    // Itself when it has none: a subclass (a certificate's problem) keeps what it adds.
    return this.fieldErrors.length === 0 ? this : new ApiError({ ...this, fieldErrors: [] });
  }
}

export function isKnownCode(code: string): code is KnownErrorCode {
  return (SERVER_CODES as readonly string[]).includes(code) || (CLIENT_CODES as readonly string[]).includes(code);
}

/** Builds the typed error from a problem document and the response headers it came with. */
export function errorFromProblem(
  problem: Partial<Problem> | undefined,
  status: number,
  retryAfterHeader: string | null,
  contentLanguage: string | null = null,
): ApiError {
  const retryAfter = parseRetryAfter(retryAfterHeader) ?? nonNegativeInt(problem?.retryAfter);
  const code = typeof problem?.code === 'string' ? problem.code : undefined;
  const fallback: ErrorCode = status === 429 ? 'rate_limited' : status >= 500 ? 'server_error' : 'unknown';
  const known = code !== undefined && isKnownCode(code) ? code : undefined;
  // Only the first bit of each is ever shown: never join or scan a megabyte.
  const texts = [problem?.title, problem?.detail].filter((t): t is string => typeof t === 'string' && t.trim() !== '');
  const serverText = texts.map((t) => capText(t.trim())).join(': ');
  const language = contentLanguage?.split(',')[0]?.trim().toLowerCase();
  return new ApiError({
    code: known ?? fallback,
    status,
    serverText: serverText || undefined,
    ...(language ? { serverLanguage: language } : {}),
    ...(code !== undefined && SUPPORT_CODE.test(code) ? { serverCode: code } : {}),
    fieldErrors: Array.isArray(problem?.errors)
      ? problem.errors
          .filter((e): e is FieldError => typeof e?.field === 'string' && typeof e?.code === 'string')
          .map((e) => ({ field: fieldNameOf(e.field), code: e.code }))
      : [],
    attemptsLeft: nonNegativeInt(problem?.attemptsLeft),
    retryAfter,
    mismatches: Array.isArray(problem?.mismatches) ? problem.mismatches.filter((m) => typeof m === 'string') : [],
  });
}

/** A code worth quoting to a help desk: a short identifier, nothing a server could use to say more. */
const SUPPORT_CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/**
 * Retry-After is delta-seconds or an HTTP-date (RFC 9110 §10.2.3), read strictly: digits only, or
 * an IMF-fixdate that names a real moment ("Fri, 27 Nov 2026 00:01:00 GMT"). Anything else — the
 * loose strings Date.parse would accept, "31 Feb", a wrong weekday, a negative or fractional
 * number — is ignored.
 */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (header == null) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return clampSeconds(Number(trimmed), MAX_WAIT_SECONDS);
  // toUTCString() writes exactly the IMF-fixdate form (ECMA-262): a real date reads back unchanged.
  const time = Date.parse(trimmed);
  return Number.isNaN(time) || new Date(time).toUTCString() !== trimmed ? undefined : clampSeconds((time - now) / 1000, MAX_WAIT_SECONDS);
}

/** Failures after which the registration cannot go on: only starting again from the details helps. */
const DEAD_ENDS: ReadonlySet<ErrorCode> = new Set(['otp_too_many_attempts', 'registration_expired']);

export function isDeadEnd(error: ApiError): boolean {
  return DEAD_ENDS.has(error.code);
}

/** Seconds to wait when the backend did not say how long "too many requests" lasts. */
export const DEFAULT_RATE_LIMIT_WAIT = 60;

/**
 * The one rule for every call: how long the person must wait before the same call may go again.
 * A 429 or 503 with Retry-After (header or problem field) says so; a rate_limited answer without
 * one waits a minute. Dead ends have nothing to wait for.
 */
export function retryWaitOf(error: ApiError): number | undefined {
  if (isDeadEnd(error)) return undefined;
  if ((error.status === 429 || error.status === 503 || error.code === 'rate_limited') && error.retryAfter !== undefined) {
    return error.retryAfter > 0 ? error.retryAfter : undefined;
  }
  return error.code === 'rate_limited' ? DEFAULT_RATE_LIMIT_WAIT : undefined;
}

function nonNegativeInt(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** What a step shows for anything a call threw: the client's typed error, or "no network" for anything else. */
export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError({ code: 'network' });
}
