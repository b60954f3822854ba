/**
 * Every failure of a backend call becomes one ApiError with a stable code, so the UI maps codes
 * to localized messages and never shows a raw server or browser error.
 */
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
  'server_error',
] as const;

/** Codes the client itself produces when no usable answer arrived. */
export const CLIENT_CODES = ['network', 'timeout', 'bad_response'] as const;

export type KnownErrorCode = (typeof SERVER_CODES)[number] | (typeof CLIENT_CODES)[number];
/** An undocumented server code: shown through the server's own text, as plain text. */
export type ErrorCode = KnownErrorCode | 'unknown';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ErrorCode;
  readonly status: number | undefined;
  /** The server's own words, for unknown codes only (never rendered as HTML). */
  readonly serverText: string | undefined;
  readonly fieldErrors: readonly FieldError[];
  readonly attemptsLeft: number | undefined;
  /** Seconds to wait before trying again (429). */
  readonly retryAfter: number | undefined;
  /** With bhxh_mismatch: which kinds of field differ from the record (never the record's values). */
  readonly mismatches: readonly string[];

  constructor(init: {
    code: ErrorCode;
    status?: number;
    serverText?: string;
    fieldErrors?: readonly FieldError[];
    attemptsLeft?: number;
    retryAfter?: number;
    mismatches?: readonly string[];
  }) {
    super(`API error: ${init.code}${init.status ? ` (HTTP ${init.status})` : ''}`);
    this.code = init.code;
    this.status = init.status;
    this.serverText = init.serverText;
    this.fieldErrors = init.fieldErrors ?? [];
    this.attemptsLeft = init.attemptsLeft;
    this.retryAfter = init.retryAfter;
    this.mismatches = init.mismatches ?? [];
  }
}

export function isKnownCode(code: string): code is KnownErrorCode {
  return (SERVER_CODES as readonly string[]).includes(code) || (CLIENT_CODES as readonly string[]).includes(code);
}

/** Builds the typed error from a problem document and the response it came with. */
export function errorFromProblem(problem: Partial<Problem> | undefined, status: number, retryAfterHeader: string | null): ApiError {
  const retryAfter = parseRetryAfter(retryAfterHeader) ?? nonNegativeInt(problem?.retryAfter);
  const code = typeof problem?.code === 'string' ? problem.code : undefined;
  const fallback: ErrorCode = status === 429 ? 'rate_limited' : status >= 500 ? 'server_error' : 'unknown';
  const known = code !== undefined && isKnownCode(code) ? code : undefined;
  const serverText = [problem?.title, problem?.detail].filter((t): t is string => typeof t === 'string' && t.trim() !== '').join(': ');
  return new ApiError({
    code: known ?? fallback,
    status,
    serverText: serverText || undefined,
    fieldErrors: Array.isArray(problem?.errors)
      ? problem.errors.filter((e): e is FieldError => typeof e?.field === 'string' && typeof e?.code === 'string')
      : [],
    attemptsLeft: nonNegativeInt(problem?.attemptsLeft),
    retryAfter,
    mismatches: Array.isArray(problem?.mismatches) ? problem.mismatches.filter((m) => typeof m === 'string') : [],
  });
}

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (header == null || header.trim() === '') return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

function nonNegativeInt(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** What a step shows for anything a call threw: the client's typed error, or "no network" for anything else. */
export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError({ code: 'network' });
}
