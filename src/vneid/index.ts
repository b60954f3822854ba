/**
 * `dvc-register/vneid` (dist/vneid.js): what a host's VNeID callback page needs, without the
 * widget's UI (no Lit, no steps):
 *
 * ```ts
 * import { completeVneidCallback } from 'dvc-register/vneid';
 * const result = completeVneidCallback(); // reads and clears the transaction, checks state
 * if (result.ok) await fetch('/my-backend/vneid/callback', { method: 'POST', headers: { 'Content-Type': 'application/json' },
 *   body: JSON.stringify({ code: result.code, verifier: result.verifier, redirectUri: result.redirectUri, nonce: result.nonce }) });
 * ```
 *
 * The widget never handles tokens: exchanging the code belongs to the host's backend. See docs/vneid.md.
 */
export {
  completeVneidCallback,
  VNEID_CALLBACK_MAX_AGE_MS,
  type VneidCallbackFailure,
  type VneidCallbackOptions,
  type VneidCallbackResult,
} from './callback.js';
export { VNEID_STORAGE_KEY, readVneidTransaction, clearVneidTransaction, saveVneidTransaction, type VneidTransaction } from './storage.js';
// parseVneidConfig() words its warnings at once: this build carries the sentences the widget
// itself loads only when it has something to say.
export { parseVneidConfig } from './config-warnings.js';
export {
  VNEID_ATTRIBUTES,
  VNEID_DEFAULT_SCOPE,
  vneidConfigOf,
  type VneidAttributes,
  type VneidConfig,
  type ParsedVneidConfig,
} from './config.js';
export {
  buildAuthorizationRequest,
  challengeOf,
  createState,
  createVerifier,
  type AuthorizationRequest,
  type AuthorizationRequestOptions,
} from './pkce.js';
