/**
 * What a host's VNeID callback page needs, without the widget's UI (no Lit, no steps):
 *
 * ```ts
 * import { readVneidTransaction, clearVneidTransaction } from '…/vneid/index.js';
 * const params = new URLSearchParams(location.search);
 * const tx = readVneidTransaction();
 * if (!tx || params.get('state') !== tx.state) throw new Error('Not this browser’s sign-in');
 * clearVneidTransaction();
 * await fetch('/my-backend/vneid/token', { method: 'POST', body: JSON.stringify({ code: params.get('code'), verifier: tx.verifier, redirectUri: tx.redirectUri, nonce: tx.nonce }) });
 * ```
 *
 * The widget never handles tokens: exchanging the code belongs to the host's backend. See docs/vneid.md.
 */
export { VNEID_STORAGE_KEY, readVneidTransaction, clearVneidTransaction, saveVneidTransaction, type VneidTransaction } from './storage.js';
export {
  VNEID_ATTRIBUTES,
  VNEID_DEFAULT_SCOPE,
  parseVneidConfig,
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
