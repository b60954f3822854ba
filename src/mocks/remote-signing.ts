/**
 * The remote-signing part of the mock backend (SIM ký số, VNPT SmartCA), with a "phone" the
 * demo page and the tests act on: a pushed request stays `waiting` until someone confirms,
 * rejects, mistypes the PIN or lets it expire. Scenarios make the status endpoint answer each
 * documented status, fail, or confirm after a number of polls (docs/mocks.md).
 *
 * Values that make it answer otherwise:
 * - phone +84912000111: the SIM has no signing service (status sim_not_registered)
 * - phone +84912000222 or SmartCA user id 001099000404: no such subscriber (subscriber_not_found)
 * - phone +84912000333: the SIM's certificate is a citizen's, whatever the subject chosen
 * - phone or user id of an existing account (ID 001099000001): 409 account_exists at start
 */
import { http, HttpResponse, delay, type HttpHandler } from 'msw';
import type { components } from '../generated/api-schema.js';
import { MAGIC, mockBackend, problem, type MockBackend, type MockReply } from './backend.js';
// handlers.ts imports this file too: its bindings are only read inside functions, never at load.
import { MOCK_BASE, mockLatency } from './handlers.js';

type S = components['schemas'];
type Status = S['RemoteSigningStatusCode'];
/** What the person can do on the phone (the demo's phone panel). */
export type PhoneAction = 'confirm' | 'reject' | 'wrong-pin' | 'expire';

export const REMOTE_MAGIC = {
  simNotRegistered: '+84912000111',
  subscriberNotFound: '+84912000222',
  smartcaUserNotFound: '001099000404',
  citizenCertificate: '+84912000333',
} as const;

/** A request pushed to the mock phone, for the demo panel. */
export interface PushedRequest {
  readonly id: string;
  readonly method: 'sim' | 'smartca';
  /** The phone number or SmartCA user id it went to. */
  readonly to: string;
  readonly shortCode: string;
}

interface Transaction extends PushedRequest {
  readonly subject: S['Subject'];
  status: Status;
  expiresAt: number;
  polls: number;
  accountCreated: boolean;
}

/** Who each subject's test certificate belongs to (the same CertificateHolder as the USB token's). */
const HOLDERS: Record<S['Subject'], Omit<S['CertificateHolder'], 'certificate'> & { issuer: string }> = {
  citizen: { kind: 'person', name: 'Nguyễn Văn An', identifier: { type: 'cccd', value: '001099012345' }, issuer: 'VNPT-CA' },
  business: { kind: 'organization', name: 'Công ty TNHH Thương mại Sao Mai', identifier: { type: 'tax-code', value: '0101234567' }, issuer: 'Viettel-CA' },
  agency: { kind: 'organization', name: 'Ủy ban nhân dân phường Ba Đình', identifier: { type: 'budget-code', value: '1057234' }, issuer: 'Ban Cơ yếu Chính phủ (GCA)' },
};

export class RemoteSigningMock {
  /** Seconds a push stays valid on the phone (300 for mobile PKI). */
  expiresIn = 300;
  private readonly transactions = new Map<string, Transaction>();
  private readonly listeners = new Set<(pushed: PushedRequest, status: Status) => void>();
  private counter = 0;

  constructor(private readonly backend: MockBackend = mockBackend) {}

  reset(): void {
    this.transactions.clear();
    this.expiresIn = 300;
  }

  /** The demo's phone panel: told of every push and of every status change. */
  onChange(listener: (pushed: PushedRequest, status: Status) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The newest request pushed, for tests. */
  last(): PushedRequest | undefined {
    return [...this.transactions.values()].at(-1);
  }

  /** Every request pushed since the last reset, oldest first, with its status now (the HTTP mock's phone). */
  pushed(): (PushedRequest & { readonly status: Status })[] {
    return [...this.transactions.values()].map((t) => ({ id: t.id, method: t.method, to: t.to, shortCode: t.shortCode, status: this.current(t) }));
  }

  /** How often the widget asked for this transaction's status. */
  pollsOf(id: string): number {
    return this.transactions.get(id)?.polls ?? 0;
  }

  /** The person acts on the phone. Only a waiting request can be answered. */
  act(id: string, action: PhoneAction): void {
    const t = this.transactions.get(id);
    if (!t || this.current(t) !== 'waiting') return;
    const status: Record<PhoneAction, Status> = { confirm: 'confirmed', reject: 'rejected', 'wrong-pin': 'pin_failed', expire: 'expired' };
    this.settle(t, status[action]);
  }

  /** Makes a transaction final as the provider would (scenarios use it). */
  force(id: string, status: Status): void {
    const t = this.transactions.get(id);
    if (t) this.settle(t, status);
  }

  start(request: S['RemoteSigningRequest']): MockReply<S['RemoteSigningTransaction']> {
    const to = request.method === 'sim' ? request.phone : request.userId;
    if (!to) {
      const field = request.method === 'sim' ? 'phone' : 'userId';
      return problem(422, 'validation_failed', 'Thiếu thông tin bắt buộc.', { errors: [{ field, code: 'required' }] });
    }
    if (to === MAGIC.existingIdNumber) return problem(409, 'account_exists', 'Số định danh này đã có tài khoản.');
    this.counter++;
    const t: Transaction = {
      id: `rs-${this.counter}-${Math.random().toString(36).slice(2, 8)}`,
      method: request.method,
      subject: request.subject,
      to,
      shortCode: String(1000 + Math.floor(Math.random() * 9000)),
      status: 'waiting',
      expiresAt: this.backend.now() + this.expiresIn * 1000,
      polls: 0,
      accountCreated: false,
    };
    this.transactions.set(t.id, t);
    // The provider says at once when the number cannot sign at all.
    if (to === REMOTE_MAGIC.simNotRegistered) t.status = 'sim_not_registered';
    if (to === REMOTE_MAGIC.subscriberNotFound || to === REMOTE_MAGIC.smartcaUserNotFound) t.status = 'subscriber_not_found';
    for (const listener of this.listeners) listener(t, t.status);
    return { ok: true, status: 201, body: { id: t.id, shortCode: t.shortCode, expiresIn: this.expiresIn } };
  }

  status(id: string): MockReply<S['RemoteSigningStatus']> {
    const t = this.transactions.get(id);
    if (!t) return problem(404, 'registration_expired', 'Không có giao dịch ký này.');
    t.polls++;
    return { ok: true, status: 200, body: this.statusBody(t) };
  }

  cancel(id: string): MockReply<S['RemoteSigningStatus']> {
    const t = this.transactions.get(id);
    if (!t) return problem(404, 'registration_expired', 'Không có giao dịch ký này.');
    if (this.current(t) === 'waiting') this.settle(t, 'cancelled');
    return { ok: true, status: 200, body: this.statusBody(t) };
  }

  createAccount(id: string, request: S['RemoteSigningAccountRequest']): MockReply<S['Account']> {
    if (!this.backend.spendCaptcha(request.captcha)) return problem(400, 'captcha_invalid', 'Mã xác thực không đúng hoặc đã hết hạn.');
    const t = this.transactions.get(id);
    if (!t || t.status !== 'confirmed' || t.accountCreated) return problem(404, 'registration_expired', 'Phiên đăng ký đã hết hạn.');
    const holder = this.holderOf(t);
    if (holder.kind === 'organization' && !request.email) {
      return problem(422, 'validation_failed', 'Tổ chức cần có email.', { errors: [{ field: 'email', code: 'required' }] });
    }
    t.accountCreated = true;
    return { ok: true, status: 201, body: { username: holder.identifier.value, assuranceLevel: 3 } };
  }

  private current(t: Transaction): Status {
    if (t.status === 'waiting' && this.backend.now() >= t.expiresAt) this.settle(t, 'expired');
    return t.status;
  }

  private statusBody(t: Transaction): S['RemoteSigningStatus'] {
    const status = this.current(t);
    return status === 'confirmed' ? { status, holder: this.holderOf(t) } : { status };
  }

  private holderOf(t: Transaction): S['CertificateHolder'] {
    const { issuer, ...holder } = HOLDERS[t.to === REMOTE_MAGIC.citizenCertificate ? 'citizen' : t.subject];
    const from = new Date(this.backend.now() - 200 * 86_400_000);
    const to = new Date(from.getTime() + 3 * 365 * 86_400_000);
    const serialNumber = `54${t.id.replace(/\D/g, '').padStart(8, '0')}`;
    return { ...holder, certificate: { issuer, serialNumber, notBefore: from.toISOString(), notAfter: to.toISOString() } };
  }

  private settle(t: Transaction, status: Status): void {
    t.status = status;
    for (const listener of this.listeners) listener(t, status);
  }
}

export const remoteSigningMock = new RemoteSigningMock();

const transactions = () => `${MOCK_BASE}/remote-signing/transactions`;
const statusPath = () => `${transactions()}/:id`;

/** The handlers of the remote-signing paths; handlers.ts adds them to the defaults. */
export function createRemoteSigningHandlers(given?: RemoteSigningMock, base = MOCK_BASE): HttpHandler[] {
  // Read at request time: handlers.ts may call this while this module is still loading.
  const mock = () => given ?? remoteSigningMock;
  const answer = async <T>(result: MockReply<T>) => {
    // The same latency as the other mock answers.
    if (mockLatency.ms > 0) await delay(mockLatency.ms);
    return result.ok
      ? HttpResponse.json(result.body as never, { status: result.status })
      : HttpResponse.json(result.problem, { status: result.status, headers: { 'Content-Type': 'application/problem+json', ...result.headers } });
  };
  const at = `${base}/remote-signing/transactions`;
  return [
    http.post<never, S['RemoteSigningRequest']>(at, async ({ request }) => answer(mock().start(await request.json()))),
    http.get<{ id: string }>(`${at}/:id`, ({ params }) => answer(mock().status(params.id))),
    http.post<{ id: string }>(`${at}/:id/cancel`, ({ params }) => answer(mock().cancel(params.id))),
    http.post<{ id: string }, S['RemoteSigningAccountRequest']>(`${at}/:id/account`, async ({ params, request }) =>
      answer(mock().createAccount(params.id, await request.json())),
    ),
  ];
}

/**
 * The status becomes `status` on the `polls`-th request (0: at once); until then the phone's
 * own answer (or `waiting`) stands. Falls through to the default handler, which answers.
 */
function finalAfter(status: Status, polls = 0, mock: RemoteSigningMock = remoteSigningMock): HttpHandler[] {
  return [
    http.get<{ id: string }>(statusPath(), ({ params }) => {
      if (mock.pollsOf(params.id) + 1 >= polls) mock.force(params.id, status);
      return undefined;
    }),
  ];
}

const problemResponse = (status: number, code: string, headers: Record<string, string> = {}) =>
  HttpResponse.json(
    { type: 'about:blank', title: code, status, code },
    { status, headers: { 'Content-Type': 'application/problem+json', ...headers } },
  );

/** Named situations for stories and tests (docs/mocks.md, "Remote signing"). */
export const remoteSigningScenarios = {
  /** The person confirms on the phone at the first status request. */
  confirmed: () => finalAfter('confirmed'),
  /** The person confirms on the phone at the n-th status request (about 2 s apart). */
  confirmsAfter: (polls: number) => finalAfter('confirmed', polls),
  rejected: () => finalAfter('rejected'),
  expired: () => finalAfter('expired'),
  pinFailed: () => finalAfter('pin_failed'),
  keyLocked: () => finalAfter('key_locked'),
  signingFailed: () => finalAfter('signing_failed'),
  simNotRegistered: () => finalAfter('sim_not_registered'),
  subscriberNotFound: () => finalAfter('subscriber_not_found'),
  cancelled: () => finalAfter('cancelled'),
  /** The status request fails once with 503 and `Retry-After: 3`. */
  statusBusy: () => [http.get(statusPath(), () => problemResponse(503, 'server_error', { 'Retry-After': '3' }), { once: true })],
  /** The network is gone for every status request (the widget says it waits for the connection). */
  statusOffline: () => [http.get(statusPath(), () => HttpResponse.error())],
  /** The transaction is unknown to the backend (404 registration_expired). */
  statusUnknown: () => [http.get(statusPath(), () => problemResponse(404, 'registration_expired'))],
  /** Starting is refused for 30 s (429 with Retry-After). */
  startRateLimited: () => [
    http.post(transactions(), () => problemResponse(429, 'rate_limited', { 'Retry-After': '30' }), { once: true }),
  ],
  /** Every status request takes 3 s (one request in flight at a time). */
  slowStatus: () => [
    http.get(statusPath(), async () => {
      await delay(3000);
      return undefined;
    }),
  ],
} satisfies Record<string, (...args: never[]) => HttpHandler[]>;
