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

export interface ParsedVneidConfig {
  readonly config?: VneidConfig;
  /** Empty, or one sentence saying why VNeID is not offered, or one about a callback on another origin. */
  readonly warnings: string[];
}

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];
/** RFC 6749 §3.3 scope-token characters. */
const SCOPE_TOKEN = /^[\x21\x23-\x5B\x5D-\x7E]+$/;
/** RFC 6749 Appendix A.1: client_id is VSCHAR (printable ASCII). */
const CLIENT_ID = /^[\x20-\x7E]+$/;

/**
 * `pageOrigin` is the origin of the page the widget is on: a callback page on another origin
 * cannot read the PKCE values from sessionStorage, which is said once, here, when the
 * configuration is read (a portal may pass them on itself through the dvc-vneid-redirect event).
 */
export function parseVneidConfig(attrs: VneidAttributes, pageOrigin?: string): ParsedVneidConfig {
  // An attribute left empty by a template (vneid-client-id="${''}") counts as not set.
  const present = (v: string | null): string | undefined => (v == null || v.trim() === '' ? undefined : v.trim());
  const authorizeUrl = present(attrs.authorizeUrl);
  const clientId = present(attrs.clientId);
  const redirectUri = present(attrs.redirectUri);
  const scopeValue = present(attrs.scope);

  if (authorizeUrl === undefined && clientId === undefined && redirectUri === undefined && scopeValue === undefined) {
    return { warnings: [] };
  }

  const problems: string[] = [];
  const missing = (
    [
      [authorizeUrl, VNEID_ATTRIBUTES.authorizeUrl],
      [clientId, VNEID_ATTRIBUTES.clientId],
      [redirectUri, VNEID_ATTRIBUTES.redirectUri],
    ] as const
  )
    .filter(([value]) => value === undefined)
    .map(([, name]) => name);
  if (missing.length > 0) problems.push(`${joinNames(missing)} ${missing.length === 1 ? 'is' : 'are'} missing`);

  if (authorizeUrl !== undefined) {
    const problem = authorizeUrlProblem(authorizeUrl);
    if (problem) problems.push(`${VNEID_ATTRIBUTES.authorizeUrl}="${attrs.authorizeUrl}" ${problem}`);
  }
  if (clientId !== undefined && !CLIENT_ID.test(clientId)) {
    problems.push(`${VNEID_ATTRIBUTES.clientId}="${attrs.clientId}" may hold printable ASCII characters only`);
  }
  if (redirectUri !== undefined) {
    const problem = redirectUriProblem(redirectUri);
    if (problem) problems.push(`${VNEID_ATTRIBUTES.redirectUri}="${attrs.redirectUri}" ${problem}`);
  }
  const scopes = (scopeValue ?? VNEID_DEFAULT_SCOPE).split(/\s+/);
  if (!scopes.every((s) => SCOPE_TOKEN.test(s))) {
    problems.push(`${VNEID_ATTRIBUTES.scope}="${attrs.scope}" must be space-separated scope names`);
  } else if (!scopes.includes('openid')) {
    // The request carries a nonce and asks for an ID token: only meaningful in OpenID Connect.
    problems.push(`${VNEID_ATTRIBUTES.scope}="${attrs.scope}" must include openid`);
  }

  if (problems.length > 0) {
    return { warnings: [`<dvc-register>: VNeID is not offered: ${problems.join('; ')}.`] };
  }
  const crossOrigin = pageOrigin !== undefined && new URL(redirectUri!).origin !== pageOrigin;
  return {
    config: {
      authorizeUrl: authorizeUrl!,
      clientId: clientId!,
      redirectUri: redirectUri!,
      scope: [...new Set(scopes)].join(' '),
    },
    warnings: crossOrigin
      ? [
          `<dvc-register>: ${VNEID_ATTRIBUTES.redirectUri}="${attrs.redirectUri}" is on another origin than this page (${pageOrigin}); ` +
            'its callback page cannot read the PKCE verifier from sessionStorage unless you pass it on yourself (see the dvc-vneid-redirect event).',
        ]
      : [],
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

function authorizeUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not an absolute URL';
  }
  const loopback = LOOPBACK_HOSTS.includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    return 'must be an https:// URL (http:// only on localhost or 127.0.0.1, for development)';
  }
  if (url.username !== '' || url.password !== '') return 'must not contain a user name or password';
  // RFC 6749 §3.1: the endpoint URI MUST NOT include a fragment.
  if (value.includes('#')) return 'must not contain a fragment (#…)';
  return undefined;
}

function redirectUriProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not an absolute URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must be an http:// or https:// URL';
  // The authorization code comes back in this URL: over plain http anyone on the way could take it.
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.includes(url.hostname)) {
    return 'must be an https:// URL (http:// only on localhost or 127.0.0.1, for development)';
  }
  if (url.username !== '' || url.password !== '') return 'must not contain a user name or password';
  // RFC 6749 §3.1.2: the redirection endpoint URI MUST NOT include a fragment.
  if (value.includes('#')) return 'must not contain a fragment (#…)';
  return undefined;
}

function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
