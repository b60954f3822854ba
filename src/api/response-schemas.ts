/**
 * Runtime checks of what the backend sends, so a malformed reply becomes a `bad_response` error
 * instead of a broken screen. `satisfies` ties each schema to the contract's generated type.
 */
import * as z from 'zod/mini';
import type { Account, Captcha, OtpChallenge, OtpVerified, Registration } from './types.js';

const seconds = z.int().check(z.minimum(0));

export const captchaSchema = z.object({
  id: z.string(),
  image: z.string().check(z.startsWith('data:image/')),
  expiresIn: seconds,
}) satisfies z.ZodMiniType<Captcha>;

export const otpChallengeSchema = z.object({
  destination: z.string(),
  expiresIn: seconds,
  resendAfter: seconds,
  length: z.int().check(z.positive()),
}) satisfies z.ZodMiniType<OtpChallenge>;

export const registrationSchema = z.object({
  id: z.string().check(z.minLength(1)),
  otp: otpChallengeSchema,
}) satisfies z.ZodMiniType<Registration>;

export const otpVerifiedSchema = z.object({
  passwordPolicy: z.object({
    minLength: z.int().check(z.minimum(8)),
    maxLength: z.optional(z.int()),
    specials: z.string(),
  }),
}) satisfies z.ZodMiniType<OtpVerified>;

export const accountSchema = z.object({
  username: z.string(),
  assuranceLevel: z.optional(z.int()),
}) satisfies z.ZodMiniType<Account>;
