/**
 * Run-time checks of what the backend sends, so a malformed reply becomes a `bad_response` error
 * instead of a broken screen. A few lines of guards instead of zod: the widget ships to slow
 * phones, and these shapes are small. The declared types tie each check to the contract's
 * generated type.
 */
import { MAX_SHOWN_ANSWER_TEXT } from './limits.js';
import type { Account, Activation, AdminUnit, Captcha, EmailChallenge, OtpChallenge, OtpVerified, Registration, UsernameAvailability } from './types.js';

export type Check<T> = (value: unknown) => value is T;

export type Shape = Record<string, (value: unknown) => boolean>;

export const string = (v: unknown) => typeof v === 'string';
/** Text the widget shows as given (a masked phone or e-mail, a user name): a few lines at most. */
const shownText = (v: unknown) => string(v) && (v as string).length <= MAX_SHOWN_ANSWER_TEXT;
export const seconds = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
export const optional = (check: (v: unknown) => boolean) => (v: unknown) => v === undefined || check(v);

export function object<T>(shape: Shape): Check<T> {
  return (value: unknown): value is T =>
    typeof value === 'object' &&
    value !== null &&
    Object.entries(shape).every(([key, check]) => check((value as Record<string, unknown>)[key]));
}

export const isCaptcha: Check<Captcha> = object({
  id: string,
  image: (v) => string(v) && (v as string).startsWith('data:image/'),
  expiresIn: seconds,
  audio: optional((v) => typeof v === 'boolean'),
});

/** The spoken captcha: any audio type the backend chose (docs/openapi.yaml names WAV and MP3). */
export const isAudio: Check<Blob> = (value: unknown): value is Blob => value instanceof Blob && value.type.startsWith('audio/') && value.size > 0;

export const isOtpChallenge: Check<OtpChallenge> = object({
  destination: shownText,
  expiresIn: seconds,
  resendAfter: seconds,
  length: (v) => Number.isInteger(v) && (v as number) > 0,
});

export const isRegistration: Check<Registration> = object({
  id: (v) => string(v) && (v as string) !== '',
  otp: optional(isOtpChallenge),
  username: optional(shownText),
});

const isEmailChallenge: Check<EmailChallenge> = object({ destination: shownText, expiresIn: seconds, resendAfter: seconds });

export const isActivation: Check<Activation> = (value: unknown): value is Activation =>
  object<Activation>({ channel: (v) => v === 'sms', otp: isOtpChallenge })(value) ||
  object<Activation>({ channel: (v) => v === 'email', email: isEmailChallenge })(value);

export const isUsernameAvailability: Check<UsernameAvailability> = object({ available: (v) => typeof v === 'boolean' });

const UNIT_TYPES = new Set(['province', 'city', 'ward', 'commune', 'special_zone']);
const isAdminUnit = object<AdminUnit>({ code: string, name: string, type: (v) => UNIT_TYPES.has(v as string) });

export const isAdminUnitList: Check<{ items: AdminUnit[] }> = object({
  items: (v) => Array.isArray(v) && v.every(isAdminUnit),
});

export const isOtpVerified: Check<OtpVerified> = object({
  passwordPolicy: object({
    minLength: (v) => Number.isInteger(v) && (v as number) >= 8,
    maxLength: optional(Number.isInteger),
    specials: string,
  }),
});

export const isAccount: Check<Account> = object({
  username: shownText,
  assuranceLevel: optional(Number.isInteger),
});
