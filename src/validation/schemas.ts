/**
 * zod/mini schemas over the parsers, so the widget's forms and an integrator's backend share one
 * truth. Each field schema accepts a string, runs the parser, reports the parser's **error** codes
 * as zod issues and outputs the normalized value. Warnings (a CCCD that does not match the typed
 * birth year, say) are not zod errors: call the parser itself to show them.
 *
 * Every zod issue these schemas raise has `message` = the issue code; custom issues also carry
 * `params: { code, ...the parser's params }`. Map codes to text with your own table, or in the
 * widget with `issueMessage`.
 */
import * as z from 'zod/mini';
import { parseBhxh, type BhxhOptions } from './bhxh.js';
import { parseBirthDate, type BirthDateOptions } from './birth-date.js';
import { parseCccd, type CccdOptions } from './cccd.js';
import { cleanText, isOverlong } from './input.js';
import { parseMst, type MstOptions } from './mst.js';
import { parseName, type NameOptions } from './name.js';
import { parseOtp } from './otp.js';
import { checkPassword, type PasswordOptions } from './password.js';
import { parsePhone } from './phone.js';
import type { IssueCode, IssueParams } from './result.js';

interface ParserLike {
  (input: string): { ok: boolean; value?: string; issues: readonly { code: IssueCode; severity: string; params?: IssueParams }[] };
}

function pushIssue(ctx: z.core.ParsePayload, input: unknown, code: IssueCode, params?: IssueParams): void {
  ctx.issues.push({ code: 'custom', message: code, input, params: { ...params, code } });
}

/** A non-string (a missing form field, a number in JSON) is reported as `required`. */
const text = () => z.string({ error: 'required' });

/** A schema from any parser: string in, normalized string out, parser errors as zod issues. */
export function schemaFrom(parse: ParserLike) {
  return z.pipe(
    text(),
    z.transform((input: string, ctx) => {
      const parsed = parse(input);
      for (const issue of parsed.issues) if (issue.severity === 'error') pushIssue(ctx, input, issue.code, issue.params);
      return parsed.ok && parsed.value !== undefined ? parsed.value : z.NEVER;
    }),
  );
}

export const cccdSchema = (options: CccdOptions = {}) => schemaFrom((input) => parseCccd(input, options));
export const bhxhSchema = (options: BhxhOptions = {}) => schemaFrom((input) => parseBhxh(input, options));
export const mstSchema = (options: MstOptions = {}) => schemaFrom((input) => parseMst(input, options));
export const phoneSchema = () => schemaFrom(parsePhone);
export const nameSchema = (options: NameOptions = {}) => schemaFrom((input) => parseName(input, options));
export const birthDateSchema = (options: BirthDateOptions = {}) => schemaFrom((input) => parseBirthDate(input, options));
export const otpSchema = () => schemaFrom(parseOtp);
export const passwordSchema = (options: PasswordOptions = {}) => schemaFrom((input) => checkPassword(input, options));

/**
 * Captcha: trimmed and required, otherwise exactly as typed. The backend compares it
 * case-insensitively; lower-casing it here would lose what the person typed (identifiers.md).
 */
export const captchaSchema = () =>
  schemaFrom((input) => {
    const value = cleanText(input).trim();
    return value === ''
      ? { ok: false, issues: [{ code: 'required', severity: 'error' }] }
      : { ok: true, value, issues: [] };
  });

/** Optional email: blank becomes undefined; anything else must look like an address. */
export const emailSchema = () =>
  z.optional(
    z.pipe(
      text(),
      z.transform((input: string, ctx) => {
        const value = cleanText(input).trim();
        if (value === '') return undefined;
        // The cap first: zod's email pattern has lookaheads and is not meant for megabyte inputs.
        if (isOverlong(value) || !z.regexes.email.test(value)) {
          pushIssue(ctx, input, 'email.invalid');
          return z.NEVER;
        }
        return value;
      }),
    ),
  );

export interface PhoneRegistrationOptions {
  readonly allowCmnd?: boolean;
  readonly minAgeYears?: number;
  /** ISO `yyyy-mm-dd`, for deterministic tests. */
  readonly today?: string;
}

/**
 * The details step of registration by mobile number, as the widget submits it and as a backend
 * can check it again: idNumber (12 digits), fullName (NFC), birthDate (ISO), phone (E.164),
 * email (optional), captcha (trimmed).
 */
export function makePhoneRegistrationDetailsSchema(options: PhoneRegistrationOptions = {}) {
  const dateOptions = { minAgeYears: options.minAgeYears, today: options.today };
  return z.object({
    idNumber: cccdSchema({ allowCmnd: options.allowCmnd, today: options.today }),
    fullName: nameSchema(),
    birthDate: birthDateSchema(dateOptions),
    phone: phoneSchema(),
    email: emailSchema(),
    captcha: captchaSchema(),
  });
}

export const phoneRegistrationDetailsSchema = makePhoneRegistrationDetailsSchema();
export type PhoneRegistrationDetails = z.output<typeof phoneRegistrationDetailsSchema>;

/** Password and its confirmation; a mismatch is reported on `confirmPassword`. */
export function makePasswordFormSchema(options: PasswordOptions = {}) {
  return z
    .object({ password: passwordSchema(options), confirmPassword: text() })
    .check((ctx) => {
      if (ctx.value.password !== ctx.value.confirmPassword) {
        ctx.issues.push({
          code: 'custom',
          message: 'password.confirm_mismatch',
          input: ctx.value.confirmPassword,
          path: ['confirmPassword'],
          params: { code: 'password.confirm_mismatch' },
        });
      }
    });
}
