/**
 * The backend calls of a registration whose identity comes from a signing certificate (the USB
 * token now; SIM and remote signing can reuse the completion call and the holder shape): a
 * challenge, the signed challenge, and the completion with contact details. Loaded with the USB
 * steps, never on first load. Problem codes of these calls become a CertificateProblem, so the
 * steps can show a fix-it screen per code; every other failure is the usual ApiError. The fetch
 * client itself (fetch-certificate-registration.ts) loads on demand.
 */
import { ApiError } from './errors.js';
import type { CallOptions } from './types.js';
import type { CertificateHolder } from './certificate-holder.js';
import type { CertificateProblem } from './fetch-certificate-registration.js';
import type { components } from '../generated/api-schema.js';

type Schemas = components['schemas'];
export type { CertificateHolder };
export type SigningChallenge = Schemas['SigningChallenge'];
export type SigningChallengeRequest = Schemas['SigningChallengeRequest'];
export type SignedChallengeBody = Schemas['SignedChallenge'];
export type CertificateRegistration = Schemas['CertificateRegistration'];
export type RegistrationCompletion = Schemas['RegistrationCompletion'];
export type HolderKind = Schemas['HolderKind'];
export type Account = Schemas['Account'];

// The problem codes and their error class are the fetch client's (fetch-certificate-registration.ts),
// which loads on demand: the steps know them by type, and a failure by isCertificateProblem().
export type { CertificateProblem, CertificateProblemCode } from './fetch-certificate-registration.js';

/** A certificate call's failure with one of the certificate problem codes (docs/openapi.yaml). */
export function isCertificateProblem(error: unknown): error is CertificateProblem {
  return error instanceof ApiError && 'certificateCode' in error;
}

export interface CertificateRegistrationApi {
  createSigningChallenge(request: SigningChallengeRequest, options?: CallOptions): Promise<SigningChallenge>;
  submitSignedChallenge(challengeId: string, signed: SignedChallengeBody, options?: CallOptions): Promise<CertificateRegistration>;
  completeRegistration(registrationId: string, completion: RegistrationCompletion, options?: CallOptions): Promise<Account>;
}
