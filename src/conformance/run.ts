/**
 * One conformance run against a backend: calls every operation of the contract (in Vietnamese
 * and in English), provokes each documented failure that can be provoked from outside, and judges
 * all of it. Never needs a real SMS: OTP checks only send wrong codes. Starting a registration
 * needs a captcha answer, which only a test backend can give (a fixed answer or an endpoint that
 * tells it, see docs/conformance.md); without one those checks say "could not provoke".
 */
import { allows, checkCorsResponses, checkLanguages, checkNoRedirects, checkProblems, checkResponseSchemas, checkSecrets, result, type CheckResult } from './checks.js';
import { Client, codeOf, describeExchange, type Exchange } from './client.js';
import { isObject, SchemaValidator } from './schema.js';
import { Spec, type Operation } from './spec.js';
import { Synthesizer } from './synthesize.js';
import { retryAfterIssues } from './retry-after.js';

export interface ConformanceOptions {
  /** The backend's API base, as the widget's `api-base` would be. */
  readonly base: string;
  /** The parsed contract (docs/openapi.yaml). */
  readonly spec: Record<string, unknown>;
  /** The portal's origin, for the CORS checks. */
  readonly origin?: string;
  /** A captcha answer the test backend always accepts. */
  readonly captchaAnswer?: string;
  /** A test endpoint: GET `<url>/<captcha id>` answers `{ "answer": "…" }`. */
  readonly captchaAnswers?: string;
  /** A test phone number of your own (E.164); an OTP is sent to it once. */
  readonly phone?: string;
  readonly timeoutMs?: number;
}

/** The test person whose values fill request bodies by property name. */
const PERSON = {
  subject: 'citizen',
  method: 'phone',
  idNumber: '001099012345',
  fullName: 'Nguyễn Văn Kiểm',
  birthDate: '1999-05-01',
  phone: '+84912345678',
} as const;

/** Attempts before a backend that never locks wrong OTPs is called out. */
const MAX_OTP_TRIES = 10;

export async function runConformance(options: ConformanceOptions): Promise<CheckResult[]> {
  const spec = new Spec(options.spec);
  const validator = new SchemaValidator(options.spec);
  const synth = new Synthesizer(validator, { ...PERSON, ...(options.phone ? { phone: options.phone } : {}) });
  const client = new Client({ base: options.base, timeoutMs: options.timeoutMs ?? 15_000, ...(options.origin ? { origin: options.origin } : {}) });
  const op = (id: string) => spec.operations.find((o) => o.id === id);
  const unknownId = `conformance-${Math.random().toString(36).slice(2, 10)}`;
  const pathOf = (o: Operation, values: Record<string, string> = {}) =>
    o.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? unknownId));

  const call = (purpose: string, o: Operation, body?: unknown, values: Record<string, string> = {}, language = 'vi') => {
    const before = synth.secrets.length;
    const payload = body === undefined && o.requestSchema ? synth.value(o.requestSchema) : body;
    return client.call({
      purpose,
      operation: o,
      method: o.method,
      path: pathOf(o, values),
      language,
      ...(payload !== undefined ? { body: payload } : {}),
      secrets: [...synth.secrets.slice(before), ...secretsIn(payload, synth.secrets)],
    });
  };

  // 1. Every operation, with made-up ids and bodies made from the schemas, once per language.
  const pairs: (readonly [Exchange, Exchange])[] = [];
  for (const o of spec.operations) {
    const vi = await call('every operation', o, undefined, {}, 'vi');
    const en = await call('every operation', o, undefined, {}, 'en');
    pairs.push([vi, en]);
  }

  const results: CheckResult[] = [];
  const createCaptcha = op('createCaptcha');
  const start = op('startRegistration');
  const captcha = async (): Promise<{ id: string; answer?: string } | undefined> => {
    if (!createCaptcha) return undefined;
    const ex = await call('captcha', createCaptcha);
    const id = isObject(ex.json) && typeof ex.json['id'] === 'string' ? ex.json['id'] : undefined;
    if (!id) return undefined;
    return { id, ...(await solve(id)) };
  };
  const solve = async (id: string): Promise<{ answer?: string }> => {
    if (options.captchaAnswer) return { answer: options.captchaAnswer };
    if (!options.captchaAnswers) return {};
    try {
      const response = await fetch(`${options.captchaAnswers.replace(/\/+$/, '')}/${encodeURIComponent(id)}`, { signal: AbortSignal.timeout(10_000) });
      const body: unknown = await response.json();
      return isObject(body) && typeof body['answer'] === 'string' ? { answer: body['answer'] } : {};
    } catch {
      return {};
    }
  };
  const registrationBody = (captchaValue: { id: string; answer: string }, details?: unknown) => {
    const body = start?.requestSchema ? synth.value(start.requestSchema) : {};
    return { ...(isObject(body) ? body : {}), ...(details !== undefined ? { details } : {}), captcha: captchaValue };
  };

  // 2. A wrong captcha answer, with details that are otherwise right.
  const first = await captcha();
  if (!start || !first) {
    results.push(result('bad-captcha', 'could not provoke', ['no captcha could be fetched (createCaptcha)']));
  } else {
    const wrong = { id: first.id, answer: synth.secret() };
    const ex = await call('bad captcha', start, registrationBody(wrong));
    results.push(
      codeOf(ex) === 'captcha_invalid' && ex.status >= 400 && ex.status < 500
        ? result('bad-captcha', 'pass', [describeExchange(ex)])
        : result('bad-captcha', 'fail', [`expected a 4xx captcha_invalid, got ${describeExchange(ex)}`]),
    );
  }

  // 3. With a solved captcha: invalid fields, then a real start for the OTP and resend checks.
  let registrationId: string | undefined;
  let resendAfter: number | undefined;
  let noRegistration = 'no registration could be started; it needs a captcha answer from a test backend: --captcha-answer or --captcha-answers (docs/conformance.md)';
  const noAnswer = 'needs a captcha answer from a test backend: --captcha-answer or --captcha-answers (docs/conformance.md)';
  const invalid = await captcha();
  if (start && invalid?.answer) {
    const ex = await call('invalid fields', start, registrationBody({ id: invalid.id, answer: invalid.answer }, {}));
    results.push(validationResult(ex));
    const good = await captcha();
    if (good?.answer) {
      const started = await call('start a registration', start, registrationBody({ id: good.id, answer: good.answer }));
      if (started.status >= 200 && started.status < 300 && isObject(started.json) && typeof started.json['id'] === 'string') {
        registrationId = started.json['id'];
        const otp = started.json['otp'];
        resendAfter = isObject(otp) && typeof otp['resendAfter'] === 'number' ? otp['resendAfter'] : undefined;
      } else {
        noRegistration = `starting a registration for the test person failed: ${describeExchange(started)}`;
      }
    } else {
      noRegistration = 'the captcha answer source gave no answer for a new captcha';
    }
  } else {
    // Without a captcha answer only a validation failure that needs none can show the shape.
    const seen = client.exchanges.filter((ex) => codeOf(ex) === 'validation_failed');
    results.push(seen.length > 0 ? validationResult(seen[0]!) : result('invalid-fields', 'could not provoke', [noAnswer]));
  }

  // 4. Unknown registration ids: every operation with {registrationId} in its path, from the first sweep.
  results.push(unknownRegistration(pairs.map(([vi]) => vi), spec));

  // 5. Resending at once must be refused until resendAfter has passed.
  const resend = op('resendOtp');
  const resentTooSoon = registrationId && resend ? await call('resend too soon', resend, undefined, { registrationId }) : undefined;
  // Judged once every call of the run is made (the wrong OTPs below may meet a 429 of their own).
  const rateLimit = (): CheckResult =>
    resentTooSoon
      ? rateLimitResult(resentTooSoon, resendAfter, client.exchanges, options.origin)
      : result('rate-limit', 'could not provoke', [registrationId ? 'the contract has no resendOtp' : noRegistration]);
  const rateLimitAt = results.push(result('rate-limit', 'could not provoke', [])) - 1;

  // 6. Wrong OTPs until the registration locks.
  const verify = op('verifyOtp');
  if (!registrationId || !verify) {
    results.push(result('otp-attempts', 'could not provoke', [registrationId ? 'the contract has no verifyOtp' : noRegistration]));
  } else {
    results.push(await otpAttempts(() => call('wrong OTP', verify, undefined, { registrationId: registrationId! })));
  }

  // 7. CORS preflight for every operation a browser would preflight (a JSON body).
  results.push(await preflights(client, spec, options.origin, pathOf));
  results[rateLimitAt] = rateLimit();

  const all = client.exchanges;
  results.unshift(
    checkResponseSchemas(all, spec, validator),
    checkProblems(all, spec, validator),
    checkNoRedirects(all),
    checkCorsResponses(all, options.origin),
    checkSecrets(all),
    checkLanguages(pairs),
  );
  if (validator.unknownKeywords.size > 0) {
    results.push({ id: 'checker', title: 'Schema keywords this checker does not check', verdict: 'skipped', details: [...validator.unknownKeywords] });
  }
  return results;
}

function validationResult(ex: Exchange): CheckResult {
  const errors = isObject(ex.json) ? ex.json['errors'] : undefined;
  const wellFormed = Array.isArray(errors) && errors.length > 0 && errors.every((e) => isObject(e) && typeof e['field'] === 'string' && typeof e['code'] === 'string');
  if (codeOf(ex) === 'validation_failed' && ex.status >= 400 && ex.status < 500 && wellFormed) {
    return result('invalid-fields', 'pass', [`${describeExchange(ex)} with ${(errors as unknown[]).length} field error(s)`]);
  }
  return result('invalid-fields', 'fail', [`expected a 4xx validation_failed with errors[{field, code}], got ${describeExchange(ex)}`]);
}

function unknownRegistration(sweep: readonly Exchange[], spec: Spec): CheckResult {
  const failures: string[] = [];
  const passed: string[] = [];
  const notProvoked: string[] = [];
  for (const ex of sweep) {
    // Registration ids only: what other ids (a captcha's, say) may answer is up to each operation.
    if (!ex.operation?.pathParameters.some((p) => /registrationId/i.test(p))) continue;
    const code = codeOf(ex);
    if ((ex.status === 404 || ex.status === 410) && code !== undefined && spec.codes.has(code)) passed.push(describeExchange(ex));
    else if (code === 'validation_failed') notProvoked.push(`${describeExchange(ex)} (the made-up body was refused first)`);
    else failures.push(`expected a 404 or 410 problem with a documented code, got ${describeExchange(ex)}`);
  }
  if (failures.length > 0) return result('unknown-registration', 'fail', failures);
  if (passed.length === 0) return result('unknown-registration', 'could not provoke', notProvoked.length ? notProvoked : ['the contract has no operation with an id in its path']);
  return result('unknown-registration', 'pass', passed);
}

/**
 * The resend asked for too soon must be refused with a usable wait; so must every other 429 or
 * 503 the run met (any call may answer them, docs/openapi.yaml).
 */
function rateLimitResult(ex: Exchange, resendAfter: number | undefined, all: readonly Exchange[], origin: string | undefined): CheckResult {
  const failures: string[] = [];
  for (const other of all) {
    // Too many wrong OTPs ends the registration: there is nothing to wait for (docs/openapi.yaml, verifyOtp).
    if (codeOf(other) === 'otp_too_many_attempts') continue;
    if (other !== ex && (other.status === 429 || other.status === 503)) {
      for (const issue of retryAfterIssues(other, origin)) failures.push(`${describeExchange(other)}: ${issue}`);
    }
  }
  if (ex.status === 429) {
    for (const issue of retryAfterIssues(ex, origin)) failures.push(`${describeExchange(ex)}: ${issue}`);
    if (codeOf(ex) !== 'rate_limited') failures.push(`${describeExchange(ex)}: code is not rate_limited`);
    return failures.length > 0
      ? result('rate-limit', 'fail', failures)
      : result('rate-limit', 'pass', [`${describeExchange(ex)}, Retry-After: ${ex.headers.get('retry-after') ?? 'none'}, retryAfter: ${String((ex.json as { retryAfter?: unknown } | undefined)?.retryAfter ?? 'none')}`]);
  }
  if (ex.status >= 200 && ex.status < 300 && (resendAfter ?? 0) > 0) {
    failures.push(`a resend right after the start was accepted (${describeExchange(ex)}) although the start said resendAfter ${resendAfter}`);
  } else if (ex.status < 200 || ex.status >= 300) {
    failures.push(`expected 429 rate_limited, got ${describeExchange(ex)}`);
  }
  if (failures.length > 0) return result('rate-limit', 'fail', failures);
  return result('rate-limit', 'could not provoke', ['the backend allows an immediate resend (resendAfter 0)']);
}

async function otpAttempts(send: () => Promise<Exchange>): Promise<CheckResult> {
  const seen: string[] = [];
  let previous = Infinity;
  for (let i = 0; i < MAX_OTP_TRIES; i++) {
    const ex = await send();
    seen.push(describeExchange(ex));
    const code = codeOf(ex);
    if (code === 'otp_too_many_attempts') {
      return ex.status === 429 || (ex.status >= 400 && ex.status < 500)
        ? result('otp-attempts', 'pass', seen)
        : result('otp-attempts', 'fail', [...seen, 'otp_too_many_attempts must be a 4xx answer']);
    }
    if (code !== 'otp_invalid') return result('otp-attempts', 'fail', [...seen, 'expected otp_invalid or otp_too_many_attempts']);
    const left = isObject(ex.json) ? ex.json['attemptsLeft'] : undefined;
    if (typeof left !== 'number' || !Number.isInteger(left) || left < 0) return result('otp-attempts', 'fail', [...seen, 'otp_invalid without an integer attemptsLeft']);
    if (left >= previous) return result('otp-attempts', 'fail', [...seen, `attemptsLeft did not go down (${previous} → ${left})`]);
    previous = left;
  }
  return result('otp-attempts', 'fail', [...seen, `still not locked after ${MAX_OTP_TRIES} wrong codes`]);
}

async function preflights(
  client: Client,
  spec: Spec,
  origin: string | undefined,
  pathOf: (o: Operation) => string,
): Promise<CheckResult> {
  if (!origin) return result('cors-preflight', 'skipped', ['no --origin given']);
  const failures: string[] = [];
  const passed: string[] = [];
  for (const o of spec.operations.filter((op) => op.requestSchema)) {
    const answer = await client.preflight(pathOf(o), o.method, 'content-type');
    const where = `OPTIONS ${o.path} (for ${o.method})`;
    const allowOrigin = answer.headers.get('access-control-allow-origin');
    const methods = (answer.headers.get('access-control-allow-methods') ?? '').toUpperCase().split(/\s*,\s*/);
    const headers = (answer.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/\s*,\s*/);
    if (answer.status < 200 || answer.status >= 300) failures.push(`${where}: status ${answer.error ?? answer.status}`);
    else if (!allows(allowOrigin, origin)) failures.push(`${where}: Access-Control-Allow-Origin is ${JSON.stringify(allowOrigin)}`);
    // GET, HEAD and POST need not be listed (Fetch standard, CORS-safelisted methods).
    else if (!['GET', 'HEAD', 'POST'].includes(o.method) && !methods.includes(o.method) && !methods.includes('*')) failures.push(`${where}: ${o.method} not in Access-Control-Allow-Methods`);
    else if (!headers.includes('content-type') && !headers.includes('*')) failures.push(`${where}: content-type not in Access-Control-Allow-Headers`);
    else passed.push(where);
  }
  if (failures.length > 0) return result('cors-preflight', 'fail', failures);
  if (passed.length === 0) return result('cors-preflight', 'could not provoke', ['no operation takes a JSON body']);
  return result('cors-preflight', 'pass', [`${passed.length} preflight(s) allowed`, ...passed]);
}

/** Secret values already in a body the caller built by hand (the synthesizer remembered them). */
function secretsIn(body: unknown, known: readonly string[]): string[] {
  const text = JSON.stringify(body ?? null);
  return known.filter((s) => text.includes(JSON.stringify(s).slice(1, -1)));
}
