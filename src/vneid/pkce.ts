/**
 * The OAuth 2.0 authorization-code request with PKCE (RFC 7636, method S256) that starts a VNeID
 * sign-in. Web Crypto only, no DOM: the caller stores the secrets and navigates.
 */
import type { VneidConfig } from './config.js';

/** RFC 7636 §4.1 "unreserved" characters: the only ones a code verifier may contain. */
export const UNRESERVED = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~';
export const VERIFIER_MIN_LENGTH = 43;
export const VERIFIER_MAX_LENGTH = 128;
const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;

/**
 * A fresh code verifier: `length` characters drawn uniformly from the unreserved set.
 * The default 64 characters carry about 386 bits of entropy (RFC 7636 §7.1 asks for at least 256).
 */
export function createVerifier(length = 64): string {
  if (!Number.isInteger(length) || length < VERIFIER_MIN_LENGTH || length > VERIFIER_MAX_LENGTH) {
    throw new RangeError(`A PKCE code verifier has ${VERIFIER_MIN_LENGTH}–${VERIFIER_MAX_LENGTH} characters, not ${length}.`);
  }
  // 256 is not a multiple of 66: bytes at or above 198 (3 × 66) are thrown away rather than folded
  // in with %, which would make the first 58 characters more likely than the last 8.
  const limit = UNRESERVED.length * Math.floor(256 / UNRESERVED.length);
  let out = '';
  while (out.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length))) {
      if (byte < limit) out += UNRESERVED[byte % UNRESERVED.length];
      if (out.length === length) break;
    }
  }
  return out;
}

/** The S256 code challenge: base64url(SHA-256(ASCII(verifier))), without padding (RFC 7636 §4.2). */
export async function challengeOf(verifier: string): Promise<string> {
  if (!VERIFIER.test(verifier)) {
    throw new TypeError('A PKCE code verifier is 43–128 characters of A–Z, a–z, 0–9, "-", ".", "_" and "~".');
  }
  // The verifier is ASCII, so its UTF-8 bytes are its ASCII bytes.
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

/** An unguessable `state` (or `nonce`): 256 random bits, base64url, 43 characters. */
export function createState(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export interface AuthorizationRequest {
  /** Where to send the browser. Carries the challenge, never the verifier. */
  readonly url: string;
  /** The PKCE secret; stays in this browser until the host's callback sends it to the host's own backend. */
  readonly verifier: string;
  readonly state: string;
  readonly nonce: string;
}

export interface AuthorizationRequestOptions {
  /** The language VNeID's pages should use (`ui_locales`). Default `vi`. */
  readonly locale?: 'vi' | 'en';
}

/** The parameters this request sets; any of them already in the configured URL's query is replaced. */
const OWN_PARAMETERS = [
  'response_type',
  'client_id',
  'redirect_uri',
  'scope',
  'state',
  'nonce',
  'code_challenge',
  'code_challenge_method',
  'ui_locales',
] as const;

/**
 * Builds the authorization request for the configured endpoint. The endpoint's own query (a tenant
 * or an `acr_values` a broker wants, say) is kept exactly as written, only without the parameters
 * this request sets itself, so that none appears twice.
 */
export async function buildAuthorizationRequest(
  config: VneidConfig,
  { locale = 'vi' }: AuthorizationRequestOptions = {},
): Promise<AuthorizationRequest> {
  const verifier = createVerifier();
  const state = createState();
  const nonce = createState();
  const params: Record<(typeof OWN_PARAMETERS)[number], string> = {
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: config.redirectUri,
    scope: config.scope,
    state,
    nonce,
    code_challenge: await challengeOf(verifier),
    code_challenge_method: 'S256',
    ui_locales: locale,
  };

  const url = new URL(config.authorizeUrl);
  url.hash = '';
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !(OWN_PARAMETERS as readonly string[]).includes(decodeKey(pair)));
  // encodeURIComponent writes a space as %20, which every server reads as a space ("+" is not always).
  const own = OWN_PARAMETERS.map((name) => `${name}=${encodeURIComponent(params[name])}`);
  url.search = `?${[...kept, ...own].join('&')}`;
  return { url: url.href, verifier, state, nonce };
}

function decodeKey(pair: string): string {
  const key = pair.split('=', 1)[0]!.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(key);
  } catch {
    return key;
  }
}
