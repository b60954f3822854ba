/**
 * The fetch client of the certificate calls (certificate-registration.ts) and the choice between it
 * and a host's own `api`: loaded on demand, fetched while the person checks the plugin and signs
 * (src/steps/certificate/certificate-client.ts), so choosing the USB token downloads only the steps.
 * The steps after signing import it directly: it has arrived before them.
 */
import { ApiError } from './errors.js';
import { FetchRegistrationApi } from './fetch-api.js';
import type { CallOptions, RegistrationApi } from './types.js';
import type { RegisterConfig } from '../register/config.js';
import { isCertificateHolder } from './certificate-holder.js';
import type {
  Account,
  CertificateRegistration,
  CertificateRegistrationApi,
  HolderKind,
  RegistrationCompletion,
  SignedChallengeBody,
  SigningChallenge,
  SigningChallengeRequest,
} from './certificate-registration.js';

/** Problem codes of the certificate calls (docs/openapi.yaml). */
export const CERTIFICATE_PROBLEM_CODES = [
  'challenge_expired',
  'signature_invalid',
  'certificate_untrusted',
  'certificate_expired',
  'certificate_not_yet_valid',
  'certificate_revoked',
  'certificate_wrong_subject',
] as const;
export type CertificateProblemCode = (typeof CERTIFICATE_PROBLEM_CODES)[number];

export class CertificateProblem extends ApiError {
  readonly certificateCode: CertificateProblemCode;
  readonly expectedHolder: HolderKind | undefined;
  constructor(code: CertificateProblemCode, status: number, expectedHolder?: HolderKind) {
    super({ code: 'unknown', status });
    this.certificateCode = code;
    this.expectedHolder = expectedHolder;
  }
}

const isString = (v: unknown): v is string => typeof v === 'string' && v !== '';
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function isSigningChallenge(v: unknown): v is SigningChallenge {
  return isRecord(v) && isString(v['id']) && isString(v['nonce']) && Number.isInteger(v['expiresIn']);
}

function isCertificateRegistration(v: unknown): v is CertificateRegistration {
  return isRecord(v) && isString(v['id']) && isString(v['username']) && isCertificateHolder(v['holder']);
}

function isAccount(v: unknown): v is Account {
  return isRecord(v) && isString(v['username']);
}

/**
 * The certificate calls, with every rule of the other calls (timeout, Accept-Language, no redirect,
 * one rule for 429/503 and Retry-After, bounded seconds): only their problem codes are their own.
 */
export class FetchCertificateRegistrationApi extends FetchRegistrationApi implements CertificateRegistrationApi {
  createSigningChallenge(request: SigningChallengeRequest, options?: CallOptions) {
    return this.call('POST', '/signing/challenges', request, isSigningChallenge, options);
  }

  submitSignedChallenge(challengeId: string, signed: SignedChallengeBody, options?: CallOptions) {
    return this.call('POST', `/signing/challenges/${encodeURIComponent(challengeId)}/signature`, signed, isCertificateRegistration, options);
  }

  completeRegistration(registrationId: string, completion: RegistrationCompletion, options?: CallOptions) {
    return this.call('POST', `/registrations/${encodeURIComponent(registrationId)}/complete`, completion, isAccount, options);
  }

  protected override problemError(problem: Record<string, unknown> | undefined, response: Response): Error {
    const code = problem?.['code'];
    if (typeof code === 'string' && (CERTIFICATE_PROBLEM_CODES as readonly string[]).includes(code)) {
      const expected = problem?.['expectedHolder'];
      return new CertificateProblem(code as CertificateProblemCode, response.status, expected === 'person' || expected === 'organization' ? expected : undefined);
    }
    return super.problemError(problem, response);
  }
}

/**
 * Whether an API object (e.g. a host's own `api`) also offers the certificate calls. Asked with
 * `in`, not by reading the member: the host's default client is a Proxy (lazy-api.ts) that answers
 * every name with a function, whether the real client has it or not.
 */
export function hasCertificateCalls(api: unknown): api is CertificateRegistrationApi {
  return typeof api === 'object' && api !== null && 'createSigningChallenge' in api && typeof (api as CertificateRegistrationApi).createSigningChallenge === 'function';
}

/**
 * The certificate calls: the host's own `api` when it offers them, else this client for the
 * configuration, asking in the language `locale` names (the callers pass the page's currentLocale).
 */
export function certificateApiFor(
  api: RegistrationApi | undefined,
  config: RegisterConfig | undefined,
  locale: () => string,
): CertificateRegistrationApi {
  if (hasCertificateCalls(api)) return api;
  return new FetchCertificateRegistrationApi({
    base: config?.apiBase ?? '/api/registration',
    timeout: config?.apiTimeout ?? 20_000,
    locale,
  });
}
