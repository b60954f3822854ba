/**
 * The named checks. Cross-cutting ones read every exchange the run made; the provoking ones
 * (bad captcha, invalid fields, unknown registration, wrong OTPs, rate limit) read the exchanges
 * of their own probes. Each returns pass, fail, or "could not provoke" with the reason, so a
 * backend is never reported conformant on a check that did not run.
 */
import { codeOf, describeExchange, type Exchange } from './client.js';
import { isObject, type SchemaValidator } from './schema.js';
import type { Spec } from './spec.js';

export type Verdict = 'pass' | 'fail' | 'could not provoke' | 'skipped';

export interface CheckResult {
  readonly id: string;
  readonly title: string;
  readonly verdict: Verdict;
  /** What was seen: the failures, or what passing rested on. */
  readonly details: readonly string[];
}

export const CHECK_TITLES = {
  'response-schema': 'Successful answers follow the response schemas',
  'problem-json': 'Errors are application/problem+json with a documented code and the HTTP status',
  'no-redirects': 'No answer is a redirect',
  'cors-preflight': 'CORS preflight allows the portal origin',
  'cors-responses': 'Every answer, errors included, carries Access-Control-Allow-Origin',
  'no-secret-echo': 'No password, OTP or captcha answer comes back in an answer',
  'accept-language': 'Accept-Language is honoured or ignored consistently; codes never change with it',
  'bad-captcha': 'A wrong captcha answer gives captcha_invalid',
  'invalid-fields': 'Invalid fields give validation_failed with field errors',
  'unknown-registration': 'An unknown registration id gives a 404/410 problem with a documented code',
  'otp-attempts': 'Wrong OTPs give otp_invalid with attemptsLeft, then otp_too_many_attempts',
  'rate-limit': 'Resending too soon gives 429 rate_limited with Retry-After',
} as const;

export type CheckId = keyof typeof CHECK_TITLES;

export function result(id: CheckId, verdict: Verdict, details: readonly string[] = []): CheckResult {
  return { id, title: CHECK_TITLES[id], verdict, details };
}

/** Pass when nothing failed and something was looked at. */
function verdictOf(id: CheckId, failures: string[], looked: number, notProvoked: string): CheckResult {
  if (failures.length > 0) return result(id, 'fail', failures);
  if (looked === 0) return result(id, 'could not provoke', [notProvoked]);
  return result(id, 'pass', [`${looked} answer(s) checked`]);
}

export function checkResponseSchemas(exchanges: readonly Exchange[], spec: Spec, validator: SchemaValidator): CheckResult {
  const failures: string[] = [];
  let looked = 0;
  for (const ex of exchanges) {
    if (!ex.operation || ex.status < 200 || ex.status >= 300) continue;
    looked++;
    const found = spec.responseSchema(ex.operation, ex.status, ex.headers.get('content-type') ?? '');
    if (found.problem) failures.push(`${describeExchange(ex)}: ${found.problem}`);
    else if (found.schema) {
      if (ex.json === undefined) failures.push(`${describeExchange(ex)}: the body is not JSON`);
      else for (const issue of validator.validate(ex.json, found.schema)) failures.push(`${describeExchange(ex)}: ${issue.at} ${issue.message}`);
    }
    for (const issue of capIssues(ex.json)) failures.push(`${describeExchange(ex)}: ${issue}`);
  }
  return verdictOf('response-schema', failures, looked, 'no call succeeded');
}

/** The contract's caps (docs/openapi.yaml): waits at most 3600 s, validities at most 86400 s. */
const CAPS: Record<string, number> = { resendAfter: 3600, retryAfter: 3600, expiresIn: 86_400 };

function capIssues(value: unknown, at = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => capIssues(v, `${at}/${i}`));
  if (!isObject(value)) return [];
  return Object.entries(value).flatMap(([key, v]) => [
    ...(typeof v === 'number' && key in CAPS && v > CAPS[key]! ? [`${at}/${key} is ${v}, over the contract's cap of ${CAPS[key]} s`] : []),
    ...capIssues(v, `${at}/${key}`),
  ]);
}

export function checkProblems(exchanges: readonly Exchange[], spec: Spec, validator: SchemaValidator): CheckResult {
  const failures: string[] = [];
  let looked = 0;
  for (const ex of exchanges) {
    if (!ex.operation || ex.status < 400) continue;
    looked++;
    const where = describeExchange(ex);
    const found = spec.responseSchema(ex.operation, ex.status, ex.headers.get('content-type') ?? '');
    if (found.problem) {
      failures.push(`${where}: ${found.problem}`);
      continue;
    }
    if (!isObject(ex.json)) {
      failures.push(`${where}: the body is not a JSON object`);
      continue;
    }
    if (found.schema) for (const issue of validator.validate(ex.json, found.schema)) failures.push(`${where}: ${issue.at} ${issue.message}`);
    if ('status' in ex.json && ex.json['status'] !== ex.status) failures.push(`${where}: body status ${String(ex.json['status'])} differs from the HTTP status`);
    const code = codeOf(ex);
    if (code !== undefined && !spec.codes.has(code)) failures.push(`${where}: code "${code}" is not documented in the contract`);
  }
  return verdictOf('problem-json', failures, looked, 'no call failed');
}

export function checkNoRedirects(exchanges: readonly Exchange[]): CheckResult {
  const failures = exchanges
    .filter((ex) => ex.status >= 300 && ex.status < 400)
    .map((ex) => `${describeExchange(ex)} (Location: ${ex.headers.get('location') ?? 'none'})`);
  return verdictOf('no-redirects', failures, exchanges.filter((ex) => ex.status > 0).length, 'no answer came');
}

export function checkCorsResponses(exchanges: readonly Exchange[], origin: string | undefined): CheckResult {
  if (!origin) return result('cors-responses', 'skipped', ['no --origin given']);
  const answered = exchanges.filter((ex) => ex.status > 0);
  const failures = answered
    .filter((ex) => !allows(ex.headers.get('access-control-allow-origin'), origin))
    .map((ex) => `${describeExchange(ex)}: Access-Control-Allow-Origin is ${JSON.stringify(ex.headers.get('access-control-allow-origin'))}`);
  return verdictOf('cors-responses', failures, answered.length, 'no answer came');
}

export function allows(allowOrigin: string | null, origin: string): boolean {
  return allowOrigin === '*' || allowOrigin === origin;
}

export function checkSecrets(exchanges: readonly Exchange[]): CheckResult {
  const failures: string[] = [];
  const carrying = exchanges.filter((ex) => ex.secrets.length > 0 && ex.status > 0);
  for (const ex of carrying) {
    const headerText = [...ex.headers.entries()].map(([k, v]) => `${k}: ${v}`).join('\n');
    for (const secret of ex.secrets) {
      if (ex.text.includes(secret)) failures.push(`${describeExchange(ex)}: the body contains a secret the request sent`);
      else if (headerText.includes(secret)) failures.push(`${describeExchange(ex)}: a header contains a secret the request sent`);
    }
  }
  return verdictOf('no-secret-echo', [...new Set(failures)], carrying.length, 'no request carried a secret');
}

/** Pairs of the same call in Vietnamese and in English. */
export function checkLanguages(pairs: readonly (readonly [Exchange, Exchange])[]): CheckResult {
  const failures: string[] = [];
  const honoured: string[] = [];
  const ignored: string[] = [];
  for (const [vi, en] of pairs) {
    if (vi.status === 0 || en.status === 0) continue;
    const name = vi.operation?.id ?? describeExchange(vi);
    if (vi.status !== en.status) {
      failures.push(`${name}: status ${vi.status} in vi, ${en.status} in en`);
      continue;
    }
    if (vi.status < 400) continue;
    if (codeOf(vi) !== codeOf(en)) failures.push(`${name}: code "${codeOf(vi)}" in vi, "${codeOf(en)}" in en`);
    const title = (ex: Exchange) => (isObject(ex.json) ? String(ex.json['title'] ?? '') : ex.text);
    (title(vi) === title(en) ? ignored : honoured).push(name);
  }
  if (honoured.length > 0 && ignored.length > 0) {
    failures.push(`titles follow Accept-Language for ${honoured.join(', ')} but not for ${ignored.join(', ')}`);
  }
  if (failures.length > 0) return result('accept-language', 'fail', failures);
  if (honoured.length + ignored.length === 0) return result('accept-language', 'could not provoke', ['no error answer to compare']);
  return result('accept-language', 'pass', [
    honoured.length > 0 ? `honoured for all ${honoured.length} error answers compared` : `ignored for all ${ignored.length} error answers compared`,
  ]);
}
