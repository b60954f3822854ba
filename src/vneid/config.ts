/**
 * VNeID configuration, read from the attributes a webmaster types by hand:
 * `vneid-authorize-url`, `vneid-client-id`, `vneid-redirect-uri` and `vneid-scope`.
 *
 * VNeID is offered only when it is fully and correctly configured. With none of the attributes
 * set the method is simply not offered, silently; with some set but not all, or a malformed one,
 * it is not offered either and one warning says what is missing or wrong. A half-configured
 * redirect would send citizens to an identity provider's error page, far from this portal.
 */

/** What the widget needs to start an OIDC authorization-code request at VNeID (or the host's broker). */
export interface VneidConfig {
  /** The authorization endpoint; https (http only on localhost for development). May carry its own query. */
  readonly authorizeUrl: string;
  /** The client id the identity provider issued to the host portal. */
  readonly clientId: string;
  /** The host's callback page, absolute https (http only on loopback); on the page's origin to read sessionStorage. */
  readonly redirectUri: string;
  /** Space-separated scopes; always includes `openid`. */
  readonly scope: string;
}

/** The attributes as the browser gives them: null when absent. */
export interface VneidAttributes {
  readonly authorizeUrl: string | null;
  readonly clientId: string | null;
  readonly redirectUri: string | null;
  readonly scope: string | null;
}

/** Attribute names, for `observedAttributes` and for reading them off the host element. */
export const VNEID_ATTRIBUTES = {
  authorizeUrl: 'vneid-authorize-url',
  clientId: 'vneid-client-id',
  redirectUri: 'vneid-redirect-uri',
  scope: 'vneid-scope',
} as const satisfies Record<keyof VneidAttributes, string>;

export const VNEID_DEFAULT_SCOPE = 'openid';

/** Why a VNeID attribute's value is refused (the sentence for each is in config-warnings.ts). */
export type VneidValueProblem = 'not-absolute' | 'https-only' | 'http-only' | 'credentials' | 'fragment' | 'ascii' | 'scope-names' | 'scope-openid';

/**
 * What is wrong with the VNeID attributes, as data: the widget's first load carries no sentences,
 * they load on demand when there is something to say (vneidWarning() in config-warnings.ts).
 * `value` is the attribute as written, untrimmed, as the sentence quotes it.
 */
export type VneidProblem =
  /** VNeID is not offered: these attributes are missing and these values are refused. */
  | {
      readonly code: 'vneid';
      readonly missing: readonly string[];
      readonly invalid: readonly { readonly attr: string; readonly value: string | null; readonly why: VneidValueProblem }[];
    }
  /** Offered, but the callback page is on another origin than this page. */
  | { readonly code: 'vneid-origin'; readonly value: string | null; readonly pageOrigin: string };

export interface ParsedVneidConfig {
  readonly config?: VneidConfig;
  /** Empty, or one sentence saying why VNeID is not offered, or one about a callback on another origin. */
  readonly warnings: string[];
}

/** What readVneidConfig() finds: the configuration when VNeID can be offered, and at most one problem. */
export interface VneidReading {
  readonly config?: VneidConfig;
  readonly problems: VneidProblem[];
}

/** This computer: plain http (and the signing plugin's wss) is allowed there, for development. */
export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];
/** RFC 6749 §3.3 scope-token characters. */
const SCOPE_TOKEN = /^[\x21\x23-\x5B\x5D-\x7E]+$/;
/** RFC 6749 Appendix A.1: client_id is VSCHAR (printable ASCII). */
const CLIENT_ID = /^[\x20-\x7E]+$/;

/**
 * Every check of parseVneidConfig() (config-warnings.ts, the public one, which words the problems),
 * with the problems as data. `pageOrigin` is the origin of the page the widget is on: a callback
 * page on another origin cannot read the PKCE values from sessionStorage, which is said once,
 * when the configuration is read (a portal may pass them on itself through the
 * dvc-vneid-redirect event).
 */
export function readVneidConfig(attrs: VneidAttributes, pageOrigin?: string): VneidReading {
  // An attribute left empty by a template (vneid-client-id="${''}") counts as not set.
  const present = (v: string | null): string | undefined => (v == null || v.trim() === '' ? undefined : v.trim());
  const authorizeUrl = present(attrs.authorizeUrl);
  const clientId = present(attrs.clientId);
  const redirectUri = present(attrs.redirectUri);
  const scopeValue = present(attrs.scope);

  if (authorizeUrl === undefined && clientId === undefined && redirectUri === undefined && scopeValue === undefined) {
    return { problems: [] };
  }

  const missing = (
    [
      [authorizeUrl, VNEID_ATTRIBUTES.authorizeUrl],
      [clientId, VNEID_ATTRIBUTES.clientId],
      [redirectUri, VNEID_ATTRIBUTES.redirectUri],
    ] as const
  )
    .filter(([value]) => value === undefined)
    .map(([, name]) => name);
  const invalid: { attr: string; value: string | null; why: VneidValueProblem }[] = [];
  const refuse = (attr: string, value: string | null, why: VneidValueProblem | undefined) => why && invalid.push({ attr, value, why });

  if (authorizeUrl !== undefined) refuse(VNEID_ATTRIBUTES.authorizeUrl, attrs.authorizeUrl, endpointProblem(authorizeUrl, 'https-only'));
  if (clientId !== undefined && !CLIENT_ID.test(clientId)) refuse(VNEID_ATTRIBUTES.clientId, attrs.clientId, 'ascii');
  if (redirectUri !== undefined) refuse(VNEID_ATTRIBUTES.redirectUri, attrs.redirectUri, endpointProblem(redirectUri, 'http-only'));
  const scopes = (scopeValue ?? VNEID_DEFAULT_SCOPE).split(/\s+/);
  if (!scopes.every((s) => SCOPE_TOKEN.test(s))) refuse(VNEID_ATTRIBUTES.scope, attrs.scope, 'scope-names');
  // The request carries a nonce and asks for an ID token: only meaningful in OpenID Connect.
  else if (!scopes.includes('openid')) refuse(VNEID_ATTRIBUTES.scope, attrs.scope, 'scope-openid');

  if (missing.length > 0 || invalid.length > 0) return { problems: [{ code: 'vneid', missing, invalid }] };
  const crossOrigin = pageOrigin !== undefined && new URL(redirectUri!).origin !== pageOrigin;
  return {
    config: {
      authorizeUrl: authorizeUrl!,
      clientId: clientId!,
      redirectUri: redirectUri!,
      scope: [...new Set(scopes)].join(' '),
    },
    problems: crossOrigin ? [{ code: 'vneid-origin', value: attrs.redirectUri, pageOrigin }] : [],
  };
}

/**
 * The VNeID part of the widget's configuration, when there is one with the right shape.
 * Lets steps read it from any config object without depending on where the field is declared.
 */
export function vneidConfigOf(config: unknown): VneidConfig | undefined {
  if (typeof config !== 'object' || config === null) return undefined;
  const vneid: unknown = (config as { vneid?: unknown }).vneid;
  if (typeof vneid !== 'object' || vneid === null) return undefined;
  const v = vneid as Record<string, unknown>;
  const strings = ['authorizeUrl', 'clientId', 'redirectUri', 'scope'].every((k) => typeof v[k] === 'string' && v[k] !== '');
  return strings ? (vneid as VneidConfig) : undefined;
}

/**
 * What is wrong with an endpoint URL, if anything: it must be absolute, https (http only on this
 * computer, for development), without a user name or password, and without a fragment (RFC 6749
 * §3.1 and §3.1.2). `otherScheme` is the problem of a scheme that is neither https nor http.
 */
function endpointProblem(value: string, otherScheme: VneidValueProblem): VneidValueProblem | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'not-absolute';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return otherScheme;
  // The authorization code comes back in the redirect URI: over plain http anyone on the way could take it.
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.includes(url.hostname)) return 'https-only';
  if (url.username !== '' || url.password !== '') return 'credentials';
  if (value.includes('#')) return 'fragment';
  return undefined;
}
