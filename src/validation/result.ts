/**
 * The one result shape every parser returns, and the closed list of issue codes.
 *
 * Parsers report codes with params, never prose: the widget turns a code into a Vietnamese or
 * English sentence at render time (messages.ts), and a Node backend can map the same codes to its
 * own texts. Codes are stable API: rename one and integrators' mappings silently break.
 */

/** Every code any parser or schema in this module can report. */
export const ISSUE_CODES = [
  'required',
  // CCCD / CMND (identifiers.md, "CCCD / personal identification number")
  'cccd.not_digits',
  'cccd.length',
  'cccd.cmnd_not_allowed',
  'cccd.province_unknown',
  'cccd.birth_year_future',
  'cccd.birth_year_mismatch',
  'cccd.gender_mismatch',
  // Social-insurance code
  'bhxh.not_digits',
  'bhxh.length',
  // Tax code
  'mst.invalid_chars',
  'mst.length',
  'mst.personal_id_not_allowed',
  'mst.province_zero',
  'mst.serial_zero',
  'mst.checksum',
  'mst.branch_zero',
  // Mobile numbers
  'phone.invalid_chars',
  'phone.foreign',
  'phone.length',
  'phone.not_mobile',
  'phone.invalid',
  // Names
  'name.invalid_chars',
  'name.no_letters',
  'name.too_long',
  // Dates of birth
  'date.format',
  'date.impossible',
  'date.future',
  'date.too_old',
  'date.too_young',
  // OTP
  'otp.not_digits',
  'otp.length',
  // Password policy, one code per rule so the UI can tick each one
  'password.too_short',
  'password.too_long',
  'password.lower',
  'password.upper',
  'password.digit',
  'password.special',
  'password.contains_id',
  'password.contains_phone',
  'password.contains_name',
  'password.confirm_mismatch',
  // Vietnam Post usernames
  'username.chars',
  'username.start',
  'username.length',
  // Only from the zod schemas (email has no parser of its own)
  'email.invalid',
  // Identifiers in a certificate's subject (parseCertificateSubjectId)
  'certificate.no_identifier',
  'certificate.budget_code_format',
  'certificate.passport_format',
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];

export function isIssueCode(value: string): value is IssueCode {
  return (ISSUE_CODES as readonly string[]).includes(value);
}

/** `error` blocks the value; `warning` is a hint the person may override (identifiers.md). */
export type Severity = 'error' | 'warning';

export type IssueParams = Readonly<Record<string, string | number | boolean>>;

export interface ValidationIssue {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly params?: IssueParams;
}

export interface ParseResult {
  /** False exactly when some issue has severity `error`. */
  readonly ok: boolean;
  /** The normalized value; present exactly when `ok`. */
  readonly value?: string;
  readonly issues: readonly ValidationIssue[];
}

export function error(code: IssueCode, params?: IssueParams): ValidationIssue {
  return params ? { code, severity: 'error', params } : { code, severity: 'error' };
}

export function warning(code: IssueCode, params?: IssueParams): ValidationIssue {
  return params ? { code, severity: 'warning', params } : { code, severity: 'warning' };
}

/**
 * Builds a result whose `ok` is derived from the issues, so no parser can report an error and
 * still hand out a value.
 */
export function result<T extends object = object>(value: string | undefined, issues: readonly ValidationIssue[], extra?: T): ParseResult & T {
  const ok = value !== undefined && !issues.some((issue) => issue.severity === 'error');
  return { ok, ...(ok ? { value } : {}), issues, ...(extra as T) };
}

export function failure(...issues: ValidationIssue[]): ParseResult {
  return result(undefined, issues);
}
