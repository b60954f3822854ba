/**
 * The mock backend of certificate registrations (USB token): challenges, signed challenges and
 * completion, following docs/openapi.yaml. It accepts exactly what the fake plugin
 * (src/signing/fake.ts) signed over a challenge this mock issued, for this page's origin: a stale,
 * reused, foreign or forged challenge fails as a real backend's would. The fake certificate's
 * state and holder drive the certificate failures; `signingScenarios` force the others.
 * docs/mocks.md lists both.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { components } from '../generated/api-schema.js';
import { challengeDigest, bytesToBase64 } from '../signing/challenge.js';
import { decodeFakeCertificate, fakeSignature } from '../signing/fake.js';
import { parseCertificateSubjectId } from '../validation/certificate-subject.js';
import { parsePhone } from '../validation/phone.js';
import { mockBackend, problem, type MockBackend, type MockReply } from './backend.js';

type S = components['schemas'];

/** Identifiers that already have an account (MAGIC.existingIdNumber's company counterpart too). */
export const SIGNING_MAGIC = {
  existingIdentifiers: ['001099000001', '0100112437'] as readonly string[],
} as const;

interface StoredChallenge {
  nonce: string;
  subject: S['Subject'];
  expiresAt: number;
  used: boolean;
}

interface StoredCertificateRegistration {
  subject: S['Subject'];
  username: string;
  holder: S['CertificateHolder'];
  done: boolean;
}

export class SigningMockBackend {
  challengeExpiresIn = 300;
  private readonly challenges = new Map<string, StoredChallenge>();
  private readonly registrations = new Map<string, StoredCertificateRegistration>();
  private counter = 0;
  /**
   * The origin a challenge is checked against when the request names none: the page's own (MSW in
   * a page). Over HTTP (src/mocks/http/) the request's `Origin` header is used, as a real backend does.
   */
  origin: () => string = () => (typeof location === 'undefined' ? '' : location.origin);

  constructor(private readonly backend: MockBackend = mockBackend) {}

  reset(): void {
    this.challenges.clear();
    this.registrations.clear();
    this.challengeExpiresIn = 300;
    this.origin = () => (typeof location === 'undefined' ? '' : location.origin);
  }

  /** For tests: the ids of the challenges issued so far. */
  issuedChallenges(): string[] {
    return [...this.challenges.keys()];
  }

  createChallenge(request: Partial<S['SigningChallengeRequest']>): MockReply<S['SigningChallenge']> {
    if (!request || !['citizen', 'business', 'agency'].includes(request.subject ?? '') || request.method !== 'usb') {
      return problem(400, 'validation_failed', 'Yêu cầu không hợp lệ.');
    }
    const nonce = bytesToBase64(crypto.getRandomValues(new Uint8Array(32)));
    const id = `chl-${++this.counter}-${Math.random().toString(36).slice(2, 8)}`;
    this.challenges.set(id, { nonce, subject: request.subject!, expiresAt: this.backend.now() + this.challengeExpiresIn * 1000, used: false });
    return { ok: true, status: 201, body: { id, nonce, expiresIn: this.challengeExpiresIn, toBeSigned: 'sha256-origin-nonce' } };
  }

  async submitSignature(
    challengeId: string,
    body: Partial<S['SignedChallenge']>,
    requestOrigin?: string | null,
  ): Promise<MockReply<S['CertificateRegistration']>> {
    const challenge = this.challenges.get(challengeId);
    if (!challenge || challenge.used || challenge.expiresAt < this.backend.now()) {
      return problem(410, 'challenge_expired', 'Mã thử thách đã hết hạn hoặc đã được dùng.');
    }
    // Spent by the first signature sent for it, good or bad.
    challenge.used = true;
    const expected = await fakeSignature(await challengeDigest(challenge.nonce, requestOrigin || this.origin()));
    if (typeof body?.signature !== 'string' || body.signature !== expected) {
      return problem(422, 'signature_invalid', 'Chữ ký không hợp lệ.');
    }
    const certificate = typeof body.certificate === 'string' ? decodeFakeCertificate(body.certificate) : undefined;
    if (!certificate) return problem(422, 'certificate_untrusted', 'Chứng thư số không do tổ chức tin cậy cấp.');
    if (certificate.state === 'expired') return problem(422, 'certificate_expired', 'Chứng thư số đã hết hạn.');
    if (certificate.state === 'not-yet-valid') return problem(422, 'certificate_not_yet_valid', 'Chứng thư số chưa có hiệu lực.');
    if (certificate.state === 'revoked') return problem(422, 'certificate_revoked', 'Chứng thư số đã bị thu hồi.');

    const id = parseCertificateSubjectId(certificate.subject);
    if (!id.ok || !id.kind || !id.holder) return problem(422, 'certificate_untrusted', 'Chứng thư số không ghi định danh người sở hữu.');
    const expectedHolder = challenge.subject === 'citizen' ? 'person' : 'organization';
    if (id.holder !== expectedHolder) {
      return problem(422, 'certificate_wrong_subject', 'Chứng thư số không phù hợp đối tượng đăng ký.', { expectedHolder } as Partial<S['Problem']>);
    }
    if (SIGNING_MAGIC.existingIdentifiers.includes(id.value!)) {
      return problem(409, 'account_exists', 'Đã có tài khoản với định danh này.');
    }
    const holder: S['CertificateHolder'] = {
      kind: id.holder,
      name: /CN=([^,]+)/.exec(certificate.subject)?.[1]?.trim() ?? '',
      identifier: { type: id.kind, value: id.value! },
      certificate: {
        issuer: /CN=([^,]+)/.exec(certificate.issuer)?.[1]?.trim() ?? certificate.issuer,
        serialNumber: certificate.serial,
        notBefore: `${certificate.notBefore}T00:00:00Z`,
        notAfter: `${certificate.notAfter}T00:00:00Z`,
      },
    };
    const registrationId = `creg-${++this.counter}`;
    this.registrations.set(registrationId, { subject: challenge.subject, username: id.value!, holder, done: false });
    return { ok: true, status: 201, body: { id: registrationId, username: id.value!, holder, expiresIn: 900 } };
  }

  complete(registrationId: string, body: Partial<S['RegistrationCompletion']>): MockReply<S['Account']> {
    const registration = this.registrations.get(registrationId);
    if (!registration || registration.done) return problem(410, 'registration_expired', 'Phiên đăng ký đã hết hạn.');
    if (!this.backend.spendCaptcha(body?.captcha)) return problem(400, 'captcha_invalid', 'Mã xác thực không đúng hoặc đã hết hạn.');
    const errors: S['FieldError'][] = [];
    const email = typeof body.email === 'string' ? body.email.trim() : '';
    if (email === '' && registration.holder.kind === 'organization') errors.push({ field: 'email', code: 'required' });
    if (email !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.push({ field: 'email', code: 'email.invalid' });
    if (typeof body.phone === 'string' && body.phone !== '' && !parsePhone(body.phone).ok) errors.push({ field: 'phone', code: 'phone.invalid' });
    if (errors.length > 0) return problem(422, 'validation_failed', 'Thông tin chưa hợp lệ.', { errors });
    registration.done = true;
    return { ok: true, status: 201, body: { username: registration.username } };
  }
}

export const signingMockBackend = new SigningMockBackend();

function reply<T>(result: MockReply<T>) {
  if (result.ok) return HttpResponse.json(result.body as never, { status: result.status });
  return HttpResponse.json(result.problem, { status: result.status, headers: { 'Content-Type': 'application/problem+json' } });
}

async function jsonOf<T>(request: Request): Promise<Partial<T>> {
  try {
    return (await request.json()) as Partial<T>;
  } catch {
    return {};
  }
}

export function createSigningHandlers(base: string, backend: SigningMockBackend = signingMockBackend): HttpHandler[] {
  return [
    http.post(`${base}/signing/challenges`, async ({ request }) => reply(backend.createChallenge(await jsonOf(request)))),
    http.post<{ id: string }>(`${base}/signing/challenges/:id/signature`, async ({ params, request }) =>
      reply(await backend.submitSignature(params.id, await jsonOf(request), request.headers.get('origin'))),
    ),
    http.post<{ id: string }>(`${base}/registrations/:id/complete`, async ({ params, request }) =>
      reply(backend.complete(params.id, await jsonOf(request))),
    ),
  ];
}

const BASE = '*/api/registration';
const signature = `${BASE}/signing/challenges/:id/signature`;
const problemOnce = (path: string, status: number, code: string, title: string, extra: Record<string, unknown> = {}) => [
  http.post(path, () => HttpResponse.json({ type: 'about:blank', title, status, code, ...extra }, { status, headers: { 'Content-Type': 'application/problem+json' } }), {
    once: true,
  }),
];

/**
 * Backend failures of the USB-token method, forced once each (fresh handler lists, as in
 * scenarios.ts). The certificate states can also be reached with the fake plugin's settings.
 */
export const signingScenarios = {
  /** The backend does not accept the signature. */
  signatureRejected: () => problemOnce(signature, 422, 'signature_invalid', 'Chữ ký không hợp lệ.'),
  /** The challenge expired before the signature arrived, once: the widget fetches a new one by itself. */
  challengeExpiredOnce: () => problemOnce(signature, 410, 'challenge_expired', 'Mã thử thách đã hết hạn.'),
  /** Every challenge has expired by the time it is signed: after its one silent retry the widget says so. */
  challengeAlwaysExpired: () => [
    http.post(signature, () =>
      HttpResponse.json({ type: 'about:blank', title: 'Hết hạn', status: 410, code: 'challenge_expired' }, { status: 410, headers: { 'Content-Type': 'application/problem+json' } }),
    ),
  ],
  certificateExpired: () => problemOnce(signature, 422, 'certificate_expired', 'Chứng thư số đã hết hạn.'),
  certificateNotYetValid: () => problemOnce(signature, 422, 'certificate_not_yet_valid', 'Chứng thư số chưa có hiệu lực.'),
  certificateRevoked: () => problemOnce(signature, 422, 'certificate_revoked', 'Chứng thư số đã bị thu hồi.'),
  certificateUntrusted: () => problemOnce(signature, 422, 'certificate_untrusted', 'Chứng thư số không do tổ chức tin cậy cấp.'),
  /** A personal certificate for a business (or the reverse). */
  certificateWrongSubject: () =>
    problemOnce(signature, 422, 'certificate_wrong_subject', 'Chứng thư số không phù hợp đối tượng.', { expectedHolder: 'organization' }),
  /** An account already exists for the certificate's MST or ID number. */
  accountExists: () => problemOnce(signature, 409, 'account_exists', 'Đã có tài khoản.'),
  /** The backend cannot be reached when the challenge is asked for, once. */
  backendUnreachable: () => [http.post(`${BASE}/signing/challenges`, () => HttpResponse.error(), { once: true })],
} satisfies Record<string, () => HttpHandler[]>;

export type SigningScenarioName = keyof typeof signingScenarios;
