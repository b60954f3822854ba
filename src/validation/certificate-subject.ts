/**
 * The holder's identifier in a Vietnamese CA certificate's subject. CAs put it in the subject UID
 * (OID 0.9.2342.19200300.100.1.1) behind a prefix: `MST:<tax code>` for businesses, `MNS:<budget
 * unit code>` for state agencies, `CMND:`/`CCCD:` for personal ID numbers, `HC:` for passports.
 *
 * What is confirmed and what is not (sources in docs/signing.md, "Certificate subject prefixes"):
 * `MST:` is seen on a VNPT-CA certificate and read by several public callers (confirmed). `CCCD:`
 * is read by one public caller, `CMND:`, `HC:` and `MNS:` are named by one public CA-side utility:
 * all four are **unconfirmed**, so each is marked `confirmed: false` in the result.
 *
 * For an integrator's backend, after it has verified the certificate itself: the widget never
 * trusts what a plugin says about a certificate for anything but display.
 */
import { parseCccd } from './cccd.js';
import { asString, cleanText, isBlank, isOverlong } from './input.js';
import { parseMst } from './mst.js';
import { error, result, warning, type ParseResult, type ValidationIssue } from './result.js';

export type CertificateSubjectIdKind = 'tax-code' | 'budget-code' | 'cccd' | 'cmnd' | 'passport';

/** Every prefix this parser reads, with what it holds and whether public sources confirm it. */
export const CERTIFICATE_SUBJECT_PREFIXES = {
  MST: { kind: 'tax-code', confirmed: true },
  MNS: { kind: 'budget-code', confirmed: false },
  CCCD: { kind: 'cccd', confirmed: false },
  CMND: { kind: 'cmnd', confirmed: false },
  HC: { kind: 'passport', confirmed: false },
} as const satisfies Record<string, { kind: CertificateSubjectIdKind; confirmed: boolean }>;

export type CertificateSubjectPrefix = keyof typeof CERTIFICATE_SUBJECT_PREFIXES;

export interface CertificateSubjectId {
  readonly kind: CertificateSubjectIdKind;
  readonly prefix: CertificateSubjectPrefix;
  /** Whether public sources confirm that CAs use this prefix (see the module comment). */
  readonly confirmed: boolean;
  /** Whether the holder is an organisation (tax code or budget-unit code) or a person. */
  readonly holder: 'organization' | 'person';
}

export interface CertificateSubjectIdResult extends ParseResult, Partial<CertificateSubjectId> {
  /**
   * Every identifier found, in the order of the text, when the subject carries more than one
   * (an employee's certificate may carry the company's MST and the person's CCCD). The result
   * itself describes the first organisation identifier, else the first one.
   */
  readonly found?: readonly (CertificateSubjectId & { readonly value: string })[];
}

// A prefix starts the text or follows a separator of a distinguished name (`,` `+` `;` `=`),
// so "UID=MST:0100233488", "MST:0100233488" and "CN=A, UID=CCCD:001099012345" all read, while
// "XHC:1" does not. Prefixes are matched without regard to case and may have spaces around ':'.
const PREFIXED = /(?:^|[,+;=/]\s*)(MST|MNS|CCCD|CMND|HC)\s*:\s*([^,+;/"]*)/giu;

/** Budget-unit codes (mã đơn vị có quan hệ với ngân sách) have 7 digits (unconfirmed, see docs). */
const BUDGET_CODE = /^[0-9]{7}$/;
/** Vietnamese passports: one letter and 7 digits; foreign passports vary, so only a sane shape. */
const PASSPORT = /^[A-Z0-9]{6,20}$/;

/**
 * Reads `MST:0100233488`, a whole subject (`CN=…, UID=MST:0100233488-001, O=…`) or the UID value
 * alone, and checks the identifier with the field's own parser (parseMst, parseCccd).
 */
export function parseCertificateSubjectId(input: string): CertificateSubjectIdResult {
  const raw = asString(input);
  if (isOverlong(raw)) return result(undefined, [error('certificate.no_identifier')]);
  const text = cleanText(raw).normalize('NFKC');
  if (isBlank(text)) return result(undefined, [error('required')]);

  const matches = [...text.matchAll(PREFIXED)].map((m) => ({
    prefix: m[1]!.toUpperCase() as CertificateSubjectPrefix,
    body: m[2]!.trim(),
  }));
  if (matches.length === 0) return result(undefined, [error('certificate.no_identifier')]);

  const checked = matches.map(({ prefix, body }) => ({ prefix, ...checkBody(prefix, body) }));
  const usable = checked.filter((c) => c.parsed.ok);
  const chosen =
    usable.find((c) => holderOf(c.prefix) === 'organization') ?? usable[0] ?? checked.find((c) => holderOf(c.prefix) === 'organization') ?? checked[0]!;

  const meta = describe(chosen.prefix);
  const found = usable.map((c) => ({ ...describe(c.prefix), value: c.parsed.value! }));
  return result(chosen.parsed.value, chosen.parsed.issues, { ...meta, ...(found.length > 1 ? { found } : {}) });
}

function holderOf(prefix: CertificateSubjectPrefix): 'organization' | 'person' {
  const kind = CERTIFICATE_SUBJECT_PREFIXES[prefix].kind;
  return kind === 'tax-code' || kind === 'budget-code' ? 'organization' : 'person';
}

function describe(prefix: CertificateSubjectPrefix): CertificateSubjectId {
  const { kind, confirmed } = CERTIFICATE_SUBJECT_PREFIXES[prefix];
  return { kind, prefix, confirmed, holder: holderOf(prefix) };
}

function checkBody(prefix: CertificateSubjectPrefix, body: string): { parsed: ParseResult } {
  switch (prefix) {
    case 'MST':
      // Since 1 July 2025 a person's tax code is their 12-digit ID number.
      return { parsed: parseMst(body, { allowPersonalId: true }) };
    case 'CCCD':
      return { parsed: parseCccd(body) };
    case 'CMND':
      // Old certificates say CMND for both the 9-digit card and a 12-digit number.
      return { parsed: parseCccd(body, { allowCmnd: true }) };
    case 'MNS': {
      const digits = body.replace(/[ .]/g, '');
      if (digits === '') return { parsed: result(undefined, [error('required')]) };
      if (!/^[0-9]+$/.test(digits)) return { parsed: result(undefined, [error('certificate.budget_code_format')]) };
      // The length rule is unconfirmed: a wrong length is a hint, never a reject.
      const issues: ValidationIssue[] = BUDGET_CODE.test(digits) ? [] : [warning('certificate.budget_code_format', { count: digits.length })];
      return { parsed: result(digits, issues) };
    }
    case 'HC': {
      const value = body.replace(/\s/g, '').toUpperCase();
      if (value === '') return { parsed: result(undefined, [error('required')]) };
      return { parsed: PASSPORT.test(value) ? result(value, []) : result(undefined, [error('certificate.passport_format')]) };
    }
  }
}
