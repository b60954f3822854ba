/**
 * Run-time checks of what the backend sends, so a malformed reply becomes a `bad_response` error
 * instead of a broken screen. A few lines of guards instead of zod: the widget ships to slow
 * phones, and these shapes are small. The declared types tie each check to the contract's
 * generated type.
 */
import type { Account, Captcha, OtpChallenge, OtpVerified, Registration } from './types.js';

export type Check<T> = (value: unknown) => value is T;

type Shape = Record<string, (value: unknown) => boolean>;

const string = (v: unknown) => typeof v === 'string';
const seconds = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
const optional = (check: (v: unknown) => boolean) => (v: unknown) => v === undefined || check(v);

function object<T>(shape: Shape): Check<T> {
  return (value: unknown): value is T =>
    typeof value === 'object' &&
    value !== null &&
    Object.entries(shape).every(([key, check]) => check((value as Record<string, unknown>)[key]));
}

export const isCaptcha: Check<Captcha> = object({
  id: string,
  image: (v) => string(v) && (v as string).startsWith('data:image/'),
  expiresIn: seconds,
});

export const isOtpChallenge: Check<OtpChallenge> = object({
  destination: string,
  expiresIn: seconds,
  resendAfter: seconds,
  length: (v) => Number.isInteger(v) && (v as number) > 0,
});

export const isRegistration: Check<Registration> = object({
  id: (v) => string(v) && (v as string) !== '',
  otp: isOtpChallenge,
});

export const isOtpVerified: Check<OtpVerified> = object({
  passwordPolicy: object({
    minLength: (v) => Number.isInteger(v) && (v as number) >= 8,
    maxLength: optional(Number.isInteger),
    specials: string,
  }),
});

export const isAccount: Check<Account> = object({
  username: string,
  assuranceLevel: optional(Number.isInteger),
});
