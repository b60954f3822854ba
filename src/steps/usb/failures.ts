/**
 * Every way the USB-token registration can fail, as one list the fix-it screens are built from:
 * the plugin's typed errors, the backend's certificate codes, and the usual backend failures.
 */
import { isCertificateProblem, type CertificateProblem, type CertificateProblemCode } from '../../api/certificate-registration.js';
import { ApiError, asApiError } from '../../api/errors.js';
import { SigningError, type SigningErrorCode } from '../../signing/errors.js';

export type UsbFailure =
  | { readonly kind: 'plugin'; readonly code: SigningErrorCode; readonly error: SigningError }
  | { readonly kind: 'certificate'; readonly code: CertificateProblemCode; readonly error: CertificateProblem }
  | { readonly kind: 'backend'; readonly code: ApiError['code']; readonly error: ApiError };

export function usbFailureOf(error: unknown): UsbFailure {
  if (error instanceof SigningError) return { kind: 'plugin', code: error.code, error };
  if (isCertificateProblem(error)) return { kind: 'certificate', code: error.certificateCode, error };
  const api = asApiError(error);
  return { kind: 'backend', code: api.code, error: api };
}

/** The code that names the failure's fix-it screen (data-failure, stories, tests). */
export function failureName(failure: UsbFailure): string {
  return failure.kind === 'backend' && failure.code !== 'account_exists' ? `backend-${failure.code}` : failure.code;
}
