/**
 * Deliberate faults the HTTP mock can be started with (`--break cors,retry-after`), so the
 * conformance checker can be proven to catch each one: a checker that passes a broken backend is
 * worse than none. Each fault is a mistake seen in real backends; each names the check that must
 * fail on it (docs/conformance.md).
 */

/** One response on its way out, before it is written. */
export interface Outgoing {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** What the request was, as far as the faults need it. */
export interface Incoming {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

interface Fault {
  /** The conformance check that must fail on it. */
  readonly fails: readonly string[];
  readonly what: string;
  readonly response?: (out: Outgoing, req: Incoming) => Outgoing;
  readonly preflight?: (out: Outgoing) => Outgoing;
}

export const FAULTS = {
  cors: {
    what: 'preflight requests get no Access-Control-Allow-* headers',
    fails: ['cors-preflight'],
    preflight: (out) => ({ ...out, headers: withoutHeaders(out.headers, /^access-control-/i) }),
  },
  'cors-errors': {
    what: 'error answers lack Access-Control-Allow-Origin, so a browser hides them as network errors',
    fails: ['cors-responses'],
    response: (out) => (out.status >= 400 ? { ...out, headers: withoutHeaders(out.headers, /^access-control-/i) } : out),
  },
  redirect: {
    what: 'an unknown registration id redirects to a sign-in page instead of a 404 problem',
    fails: ['no-redirects', 'unknown-registration'],
    response: (out) =>
      problemOf(out)?.code === 'registration_expired'
        ? { status: 302, headers: { ...withoutHeaders(out.headers, /^content-type$/i), Location: '/dang-nhap' }, body: '' }
        : out,
  },
  'retry-after': {
    what: '429 answers say nothing of the wait: no Retry-After header, no retryAfter',
    fails: ['rate-limit'],
    response: (out) => {
      if (out.status !== 429) return out;
      const cut = { ...out, headers: withoutHeaders(out.headers, /^retry-after$/i) };
      return editProblem(cut, ({ retryAfter: _dropped, ...rest }) => rest);
    },
  },
  'echo-secret': {
    what: 'error answers repeat the request body (with its password, OTP or captcha answer) in `detail`',
    fails: ['no-secret-echo'],
    response: (out, req) => editProblem(out, (p) => ({ ...p, detail: `Received: ${req.body}` })),
  },
  schema: {
    what: 'every `expiresIn` in a successful answer is a string, not an integer',
    fails: ['response-schema'],
    response: (out) => {
      if (out.status >= 300 || !isJson(out)) return out;
      return { ...out, body: JSON.stringify(deepMap(JSON.parse(out.body), (k, v) => (k === 'expiresIn' ? String(v) : v))) };
    },
  },
  codes: {
    what: 'a wrong captcha answer is reported as `invalid_captcha`, a code the contract does not have',
    fails: ['bad-captcha', 'problem-json'],
    response: (out) => editProblem(out, (p) => (p['code'] === 'captcha_invalid' ? { ...p, code: 'invalid_captcha' } : p)),
  },
  language: {
    what: 'problem codes change with Accept-Language (upper-cased for English)',
    fails: ['accept-language', 'problem-json'],
    response: (out, req) =>
      String(req.headers['accept-language'] ?? '').startsWith('en')
        ? editProblem(out, (p) => ({ ...p, code: String(p['code']).toUpperCase() }))
        : out,
  },
  'otp-attempts': {
    what: 'wrong OTPs never lock the registration: otp_too_many_attempts becomes otp_invalid again',
    fails: ['otp-attempts'],
    response: (out) => {
      const p = problemOf(out);
      if (p?.code !== 'otp_too_many_attempts') return out;
      return { ...out, status: 400, body: JSON.stringify({ ...p, status: 400, code: 'otp_invalid', attemptsLeft: 1 }) };
    },
  },
  'problem-type': {
    what: 'errors are sent as application/json instead of application/problem+json',
    fails: ['problem-json'],
    response: (out) => (out.status >= 400 && isJson(out) ? { ...out, headers: { ...withoutHeaders(out.headers, /^content-type$/i), 'Content-Type': 'application/json' } } : out),
  },
} satisfies Record<string, Fault>;

export type FaultName = keyof typeof FAULTS;

export function isFaultName(name: string): name is FaultName {
  return Object.prototype.hasOwnProperty.call(FAULTS, name);
}

/** `all` or a comma-separated list; throws on a name it does not know, so a typo cannot pass as "no fault". */
export function parseFaults(value: string): FaultName[] {
  if (value.trim() === 'all') return Object.keys(FAULTS) as FaultName[];
  const names = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !isFaultName(n));
  if (unknown.length > 0) throw new Error(`Unknown --break ${unknown.join(', ')}; known: ${Object.keys(FAULTS).join(', ')}, all`);
  return names as FaultName[];
}

export function breakResponse(faults: readonly FaultName[], out: Outgoing, req: Incoming): Outgoing {
  return faults.reduce((o, name) => {
    const fault: Fault = FAULTS[name];
    return fault.response ? fault.response(o, req) : o;
  }, out);
}

export function breakPreflight(faults: readonly FaultName[], out: Outgoing): Outgoing {
  return faults.reduce((o, name) => {
    const fault: Fault = FAULTS[name];
    return fault.preflight ? fault.preflight(o) : o;
  }, out);
}

function isJson(out: Outgoing): boolean {
  const type = Object.entries(out.headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '';
  return /json/i.test(type);
}

function problemOf(out: Outgoing): Record<string, unknown> | undefined {
  if (out.status < 400 || !isJson(out)) return undefined;
  try {
    const body: unknown = JSON.parse(out.body);
    return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function editProblem(out: Outgoing, edit: (p: Record<string, unknown>) => Record<string, unknown>): Outgoing {
  const p = problemOf(out);
  return p ? { ...out, body: JSON.stringify(edit(p)) } : out;
}

function withoutHeaders(headers: Record<string, string>, pattern: RegExp): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([k]) => !pattern.test(k)));
}

function deepMap(value: unknown, fn: (key: string, value: unknown) => unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => deepMap(v, fn));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fn(k, deepMap(v, fn))]));
}
