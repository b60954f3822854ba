/**
 * Usernames of Vietnam Post accounts. The exact rules of VNPost's identity service are not public
 * (registration-flows.md marks the fields, not the rules); these are the common ones for such
 * services and the backend has the last word: 6–30 characters, Latin letters, digits, dot and
 * underscore, starting with a letter. Upper case is folded to lower case, as people type their
 * username either way at sign-in.
 */
import { asString, cleanText, isBlank, isOverlong } from './input.js';
import { error, result, type ParseResult } from './result.js';

export const USERNAME_MIN_LENGTH = 6;
export const USERNAME_MAX_LENGTH = 30;

export function parseUsername(input: string): ParseResult {
  const raw = asString(input);
  if (isOverlong(raw)) return result(undefined, [error('username.length', { min: USERNAME_MIN_LENGTH, max: USERNAME_MAX_LENGTH })]);
  const text = cleanText(raw).trim().toLowerCase();
  if (isBlank(text)) return result(undefined, [error('required')]);
  if (!/^[a-z0-9._]+$/.test(text)) return result(undefined, [error('username.chars')]);
  if (!/^[a-z]/.test(text)) return result(undefined, [error('username.start')]);
  if (text.length < USERNAME_MIN_LENGTH || text.length > USERNAME_MAX_LENGTH) {
    return result(undefined, [error('username.length', { min: USERNAME_MIN_LENGTH, max: USERNAME_MAX_LENGTH, count: text.length })]);
  }
  return result(text, []);
}
