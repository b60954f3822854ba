/**
 * Run-time checks of what the backend sends, so a malformed reply becomes a `bad_response` error
 * instead of a broken screen. A few lines of guards instead of zod: the widget ships to slow
 * phones, and these shapes are small. The declared types tie each check to the contract's
 * generated type.
 */
import { MAX_SHOWN_ANSWER_TEXT } from './limits.js';
import { OTP_LENGTH } from '../validation/otp.js';
import type {
  Account,
  Activation,
  AdminUnit,
  Captcha,
  EmailChallenge,
  OtpChallenge,
  OtpVerified,
  Registration,
  RegistrationRequest,
  UsernameAvailability,
} from './types.js';

export type Check<T> = (value: unknown) => value is T;

export type Shape = Record<string, (value: unknown) => boolean>;

export const string = (v: unknown) => typeof v === 'string';
/** Text the widget shows as given (a masked phone or e-mail, a user name): a few lines at most. */
const shownText = (v: unknown) => string(v) && (v as string).length <= MAX_SHOWN_ANSWER_TEXT;
export const seconds = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
export const optional = (check: (v: unknown) => boolean) => (v: unknown) => v === undefined || check(v);

/**
 * An object with the fields of `shape`, each passing its check. `extras` are optional fields that
 * only add to what is shown (an assurance level, a "Nghe mã" button): one that fails its check is
 * deleted from the answer, as if the backend had left it out, instead of failing an answer whose
 * required fields are fine (a 201 whose account exists must not read as "registration failed").
 * The deletion is on the answer itself, which the client parsed for this call alone and returns
 * once checked (fetch-api.ts): nothing downstream sees the wrong type.
 */
export function object<T>(shape: Shape, extras: Shape = {}): Check<T> {
  return (value: unknown): value is T => {
    if (typeof value !== 'object' || value === null) return false;
    const fields = value as Record<string, unknown>;
    if (!Object.entries(shape).every(([key, check]) => check(fields[key]))) return false;
    for (const [key, check] of Object.entries(extras)) if (fields[key] !== undefined && !check(fields[key])) delete fields[key];
    return true;
  };
}

export const isCaptcha: Check<Captcha> = object(
  {
    id: string,
    image: (v) => string(v) && (v as string).startsWith('data:image/'),
    expiresIn: seconds,
  },
  // Anything but a boolean is no promise of a recording: the image alone, as when it is absent.
  { audio: (v) => typeof v === 'boolean' },
);

/** The spoken captcha: any audio type the backend chose (docs/openapi.yaml names WAV and MP3). */
export const isAudio: Check<Blob> = (value: unknown): value is Blob => value instanceof Blob && value.type.startsWith('audio/') && value.size > 0;

export const isOtpChallenge: Check<OtpChallenge> = object({
  destination: shownText,
  expiresIn: seconds,
  resendAfter: seconds,
  // The OTP field and /otp/verify take 6 digits (docs/openapi.yaml): a code of another length
  // could never be typed, so such an answer is malformed, said at once on the form before it.
  length: (v) => v === OTP_LENGTH,
});

export const isRegistration: Check<Registration> = object(
  { id: (v) => string(v) && (v as string) !== '', otp: optional(isOtpChallenge) },
  // Only handed to password managers (the step falls back on what was typed): a wrong one is dropped.
  { username: shownText },
);

/**
 * The methods whose registration sends its OTP at once: docs/openapi.yaml, `POST /registrations`
 * ("Phone and BHXH registrations send an OTP at once (`otp` in the answer)") and `Registration.otp`
 * ("Present when an OTP was sent at once (phone, BHXH)"). Their next step is the OTP step
 * (src/flow/catalog.ts), which has nothing else to say where the code went or how long it works.
 */
const OTP_AT_ONCE: ReadonlySet<RegistrationRequest['method']> = new Set(['phone', 'bhxh']);

/**
 * The check of the answer to a registration of `method`: for phone and BHXH an answer without its
 * OTP challenge is malformed (`bad_response`, "the system answered unexpectedly"), not an OTP step
 * that says the code went to "" and has already expired. Vietnam Post sends none until the
 * activation choice.
 */
export function isRegistrationFor(method: RegistrationRequest['method']): Check<Registration> {
  return (value: unknown): value is Registration => isRegistration(value) && (value.otp !== undefined || !OTP_AT_ONCE.has(method));
}

const isEmailChallenge: Check<EmailChallenge> = object({ destination: shownText, expiresIn: seconds, resendAfter: seconds });

export const isActivation: Check<Activation> = (value: unknown): value is Activation =>
  object<Activation>({ channel: (v) => v === 'sms', otp: isOtpChallenge })(value) ||
  object<Activation>({ channel: (v) => v === 'email', email: isEmailChallenge })(value);

export const isUsernameAvailability: Check<UsernameAvailability> = object({ available: (v) => typeof v === 'boolean' });

const UNIT_TYPES: readonly unknown[] = ['province', 'city', 'ward', 'commune', 'special_zone'] satisfies AdminUnit['type'][];

/**
 * A unit needs its code (sent back in the address) and its name (what a person looks for): the
 * contract requires both, and without them the list no longer holds "every" unit it promises, so
 * the whole answer is malformed (a failure with "Thử lại", rather than a place that silently
 * cannot be found). Its type only labels it, and the types change with administrative reforms
 * (the contract: the list "changes with administrative reforms"): a unit of a type this widget
 * does not know yet is kept without one (the address picker then shows no badge for it).
 */
function isAdminUnit(value: unknown): value is AdminUnit {
  if (!object<AdminUnit>({ code: string, name: string })(value)) return false;
  if (!UNIT_TYPES.includes(value.type)) delete (value as { type?: unknown }).type;
  return true;
}

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

/** A 201 with its user name means the account exists: an odd assurance level is dropped, not held against it. */
export const isAccount: Check<Account> = object({ username: shownText }, { assuranceLevel: Number.isInteger });
