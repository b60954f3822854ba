/**
 * Everything a portal's VNeID callback page must do before it calls its own backend, in one call:
 * read the PKCE transaction the widget stored, forget it at once (one use, whatever happens next),
 * check that the callback's `state` is the one this tab sent, surface the identity provider's own
 * error, refuse a stale sign-in, and take `code` and `state` out of the address bar so they stay
 * out of history and Referer. Imported as `dvc-register/vneid` (docs/vneid.md); no Lit, no DOM
 * beyond `location`, `history` and sessionStorage.
 */
import { clearVneidTransaction, readVneidTransaction } from './storage.js';

/** Why a callback cannot go on; each needs a different word to the person (docs/vneid.md). */
export type VneidCallbackFailure =
  /** No sign-in was started in this tab (another tab, a bookmarked or forged link, storage refused). */
  | 'no_transaction'
  /** `state` differs from the one this tab sent: not this person's sign-in. Never send its code anywhere. */
  | 'state_mismatch'
  /** The identity provider answered with `error` (e.g. `access_denied` when the person cancelled). */
  | 'provider_error'
  /** The sign-in was started longer ago than `maxAgeMs`. */
  | 'expired'
  /** `state` matched but there is no `code`. */
  | 'no_code';

export type VneidCallbackResult =
  | {
      readonly ok: true;
      /** The authorization code: send it, with the verifier, to your own backend only. */
      readonly code: string;
      readonly verifier: string;
      /** The redirect_uri the request used; the token request must repeat it exactly. */
      readonly redirectUri: string;
      /** For your backend to compare with the ID token's `nonce` claim. */
      readonly nonce: string;
      readonly state: string;
    }
  | {
      readonly ok: false;
      readonly reason: VneidCallbackFailure;
      /** With `provider_error`: the provider's `error` and `error_description`, as given (show them as text). */
      readonly error?: string;
      readonly errorDescription?: string;
    };

export interface VneidCallbackOptions {
  /** The callback URL; default `location.href`. */
  readonly url?: string | URL;
  /** How old a started sign-in may be; default 10 minutes. */
  readonly maxAgeMs?: number;
  /** Milliseconds since the epoch; default `Date.now()`. */
  readonly now?: number;
  /**
   * Replace the address bar's URL with one without `code`, `state`, `session_state`, `iss`,
   * `error` and `error_description` (history.replaceState); default true when `url` is this page's.
   */
  readonly cleanAddressBar?: boolean;
}

export const VNEID_CALLBACK_MAX_AGE_MS = 10 * 60_000;

const CALLBACK_PARAMETERS = ['code', 'state', 'session_state', 'iss', 'error', 'error_description', 'error_uri'];

export function completeVneidCallback(options: VneidCallbackOptions = {}): VneidCallbackResult {
  const ownPage = options.url === undefined;
  const url = new URL(options.url ?? window.location.href);
  const params = url.searchParams;
  const transaction = readVneidTransaction();
  // One use only: cleared before anything is decided, so a reload or a replayed link finds nothing.
  clearVneidTransaction();
  if (options.cleanAddressBar ?? ownPage) cleanAddressBar(url);

  if (!transaction) return { ok: false, reason: 'no_transaction' };
  if (params.get('state') !== transaction.state) return { ok: false, reason: 'state_mismatch' };
  const error = params.get('error');
  if (error !== null) {
    const description = params.get('error_description');
    return { ok: false, reason: 'provider_error', error, ...(description !== null ? { errorDescription: description } : {}) };
  }
  const now = options.now ?? Date.now();
  if (now - transaction.createdAt > (options.maxAgeMs ?? VNEID_CALLBACK_MAX_AGE_MS)) return { ok: false, reason: 'expired' };
  const code = params.get('code');
  if (!code) return { ok: false, reason: 'no_code' };
  return { ok: true, code, verifier: transaction.verifier, redirectUri: transaction.redirectUri, nonce: transaction.nonce, state: transaction.state };
}

function cleanAddressBar(url: URL): void {
  const clean = new URL(url.href);
  for (const name of CALLBACK_PARAMETERS) clean.searchParams.delete(name);
  if (clean.href === url.href) return;
  try {
    window.history.replaceState(window.history.state, '', clean.pathname + clean.search + clean.hash);
  } catch {
    // A sandboxed frame may refuse; the code is single-use at the provider anyway.
  }
}
