/**
 * One-time codes (identifiers.md, "Captcha and OTP"): exactly 6 digits. Codes pasted from an SMS
 * or a mail often come as "123 456" or "123-456", and from CJK keyboards in full-width digits.
 */
import { asString, cleanDigitsText, isBlank, isOverlong } from './input.js';
import { error, result, type ParseResult } from './result.js';

export const OTP_LENGTH = 6;

export function parseOtp(input: string): ParseResult {
  const raw = asString(input);
  if (isOverlong(raw)) return result(undefined, [error('otp.length')]);
  const text = cleanDigitsText(raw);
  if (isBlank(text)) return result(undefined, [error('required')]);
  const digits = text.replace(/[ -]/g, '');
  if (!/^[0-9]+$/.test(digits)) return result(undefined, [error('otp.not_digits')]);
  if (digits.length !== OTP_LENGTH) return result(undefined, [error('otp.length', { count: digits.length })]);
  return result(digits, []);
}
