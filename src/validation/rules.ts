/**
 * The parsers without the zod schemas: what the widget itself imports. The schemas build zod
 * objects at module load, which no bundler can drop, so the widget keeps clear of them.
 */
export {
  ISSUE_CODES,
  isIssueCode,
  type IssueCode,
  type IssueParams,
  type ParseResult,
  type Severity,
  type ValidationIssue,
} from './result.js';
export { MAX_INPUT_LENGTH } from './input.js';
export { PROVINCE_CODES, isProvinceCode } from './provinces.js';
export { decodeCccd, parseCccd, type CccdDecoded, type CccdInfo, type CccdOptions, type CccdResult, type Gender } from './cccd.js';
export { parseBhxh, type BhxhOptions, type BhxhResult } from './bhxh.js';
export { mstCheckDigit, parseMst, type MstOptions, type MstResult } from './mst.js';
export { VN_FIXED_LINE_PATTERN, VN_MOBILE_PATTERN, parsePhone, type PhoneResult } from './phone.js';
export { DEFAULT_NAME_MAX_LENGTH, foldName, parseName, type NameOptions } from './name.js';
export { DEFAULT_MIN_BIRTH_YEAR, parseBirthDate, type BirthDateOptions } from './birth-date.js';
export { OTP_LENGTH, parseOtp } from './otp.js';
export {
  DEFAULT_PASSWORD_MAX_LENGTH,
  DEFAULT_PASSWORD_MIN_LENGTH,
  DEFAULT_PASSWORD_SPECIALS,
  checkPassword,
  type PasswordIdentity,
  type PasswordOptions,
  type PasswordResult,
  type PasswordRule,
  type PasswordRuleCode,
} from './password.js';
export { USERNAME_MAX_LENGTH, USERNAME_MIN_LENGTH, parseUsername } from './username.js';
export {
  CERTIFICATE_SUBJECT_PREFIXES,
  parseCertificateSubjectId,
  type CertificateSubjectId,
  type CertificateSubjectIdKind,
  type CertificateSubjectIdResult,
  type CertificateSubjectPrefix,
} from './certificate-subject.js';
