/**
 * The element's configuration, read from attributes that webmasters type by hand.
 * Every value is checked; anything unknown or malformed falls back to its default with one
 * warning, so a typo can never leave a citizen facing a blank widget. The warnings are data here
 * (ConfigWarning); their sentences load only when there is one (config-warnings.ts).
 */
import { BUILT_METHODS, KNOWN_METHODS, SUBJECTS, isBuilt, makeOffer, type Method, type Offer } from '../flow/catalog.js';
import { LOOPBACK_HOSTS, readVneidConfig, VNEID_ATTRIBUTES, type VneidConfig, type VneidProblem } from '../vneid/config.js';
import { DEFAULT_SMARTCA_SUBJECTS, limitSmartca, OPT_IN_METHODS, SMARTCA_SUBJECTS } from '../remote-signing/offer.js';

export type EmailMode = 'optional' | 'required';
/** Whether what the person types is kept for this tab across a reload (src/register/draft.ts). */
export type DraftMode = 'session' | 'off';

export interface RegisterConfig {
  /** Base URL of the registration backend; every path of docs/openapi.yaml is relative to it. */
  readonly apiBase: string;
  /** Milliseconds before any backend call is abandoned. */
  readonly apiTimeout: number;
  readonly offer: Offer;
  readonly email: EmailMode;
  /** Where "sign in" on the final step leads. */
  readonly signInUrl: string;
  /** Where "forgot password" leads when an account already exists. */
  readonly forgotPasswordUrl: string;
  /**
   * The attributes as read, for the parts that read their own when they load: the local signing
   * plugin's (src/steps/usb/plugin-config.ts), which only the USB-token steps use.
   */
  readonly attributes: Partial<ConfigAttributes>;
  /** Where the VNeID method sends people; without it VNeID is not offered. */
  readonly vneid?: VneidConfig;
  /** `off` when the portal does not want typed values kept in sessionStorage. */
  readonly draft: DraftMode;
}

export const DEFAULTS = {
  apiBase: '/api/registration',
  apiTimeout: 20_000,
  email: 'optional',
  signInUrl: 'https://dichvucong.gov.vn/p/home/dvc-dang-nhap.html',
  forgotPasswordUrl: 'https://dichvucong.gov.vn/p/home/dvc-quen-mat-khau.html',
  draft: 'session',
} as const;

/** The attributes as the browser gives them: null when absent. */
export type ConfigAttributes = Readonly<Record<keyof typeof ATTRIBUTES, string | null>>;

export const ATTRIBUTES = {
  apiBase: 'api-base',
  apiTimeout: 'api-timeout',
  subjects: 'subjects',
  methods: 'methods',
  email: 'email',
  signInUrl: 'sign-in-url',
  forgotPasswordUrl: 'forgot-password-url',
  plugin: 'plugin',
  pluginUrl: 'plugin-url',
  pluginDownloadWindows: 'plugin-download-windows',
  pluginDownloadMacos: 'plugin-download-macos',
  pluginMinVersion: 'plugin-min-version',
  pluginLicence: 'plugin-licence',
  vneidAuthorizeUrl: VNEID_ATTRIBUTES.authorizeUrl,
  vneidClientId: VNEID_ATTRIBUTES.clientId,
  vneidRedirectUri: VNEID_ATTRIBUTES.redirectUri,
  vneidScope: VNEID_ATTRIBUTES.scope,
  smartcaSubjects: 'smartca-subjects',
  draft: 'draft',
} as const;

/** Why api-base is refused. */
export type ApiBaseProblem = 'not-url' | 'scheme' | 'credentials' | 'fragment' | 'mixed-content';

/**
 * Something the webmaster should hear about, as data: a code and the values its sentence quotes
 * (`value` is the attribute as written). configWarning() in config-warnings.ts words it; the
 * widget loads that module only when there is something to say, so the first load carries no
 * sentences.
 */
export type ConfigWarning =
  /** The attribute is ignored and its default used: `why` for api-base, the `defaults` used for methods. */
  | {
      readonly code: 'ignored';
      readonly attr: string;
      readonly value: string;
      readonly why?: ApiBaseProblem;
      readonly defaults?: readonly Method[];
    }
  /** methods lists vneid, but no VNeID attribute is set. */
  | { readonly code: 'vneid-unset'; readonly methods: string }
  /** methods lists methods this version does not have; `defaults` when none is left. */
  | { readonly code: 'unbuilt'; readonly methods: string; readonly unbuilt: readonly Method[]; readonly defaults?: readonly Method[] }
  /** subjects and methods are valid but share no way to register: the defaults are used. */
  | { readonly code: 'no-offer'; readonly subjects: string; readonly methods: string }
  /** Widgets on this page ask for different languages; all show the one asked last (page-locale.ts). */
  | { readonly code: 'lang-conflict'; readonly languages: readonly string[] }
  | VneidProblem;

export interface ParsedConfig {
  readonly config: RegisterConfig;
  /** What the webmaster should hear about, in order: one console warning each. */
  readonly warnings: readonly ConfigWarning[];
}

/** The page the widget is on, as far as the configuration cares (its URL). */
export interface PageInfo {
  readonly href: string;
}

export function parseConfig(
  attrs: Partial<ConfigAttributes>,
  page: PageInfo | undefined = typeof location === 'undefined' ? undefined : location,
): ParsedConfig {
  const warnings: ConfigWarning[] = [];
  const warn = (attr: string, value: string, more?: { why?: ApiBaseProblem; defaults?: readonly Method[] }) =>
    warnings.push({ code: 'ignored', attr, value, ...more });

  const apiBase = parseApiBase(attrs.apiBase, page, (v, why) => warn(ATTRIBUTES.apiBase, v, { why }));
  const signInUrl = parseUrl(attrs.signInUrl, DEFAULTS.signInUrl, (v) => warn(ATTRIBUTES.signInUrl, v));
  const forgotPasswordUrl = parseUrl(attrs.forgotPasswordUrl, DEFAULTS.forgotPasswordUrl, (v) => warn(ATTRIBUTES.forgotPasswordUrl, v));

  let apiTimeout: number = DEFAULTS.apiTimeout;
  if (attrs.apiTimeout != null) {
    const n = Number(attrs.apiTimeout.trim());
    if (Number.isInteger(n) && n >= 1000 && n <= 300_000) apiTimeout = n;
    else warn(ATTRIBUTES.apiTimeout, attrs.apiTimeout);
  }

  let email: EmailMode = DEFAULTS.email;
  if (attrs.email != null) {
    const v = attrs.email.trim().toLowerCase();
    if (v === 'optional' || v === 'required') email = v;
    else warn(ATTRIBUTES.email, attrs.email);
  }

  const subjects = parseList(attrs.subjects, SUBJECTS, SUBJECTS, (v) => warn(ATTRIBUTES.subjects, v));
  const vneid = readVneidConfig(
    {
      authorizeUrl: attrs.vneidAuthorizeUrl ?? null,
      clientId: attrs.vneidClientId ?? null,
      redirectUri: attrs.vneidRedirectUri ?? null,
      scope: attrs.vneidScope ?? null,
    },
    page ? pageOrigin(page) : undefined,
  );
  warnings.push(...vneid.problems);
  // VNeID goes where the host sends it; without that configuration it cannot be offered.
  const available = (m: Method) => isBuilt(m) && (m !== 'vneid' || vneid.config !== undefined);
  const defaults = BUILT_METHODS.filter((m) => available(m) && !OPT_IN_METHODS.includes(m));

  const requested = parseList(attrs.methods, KNOWN_METHODS, defaults, (v) => warn(ATTRIBUTES.methods, v, { defaults }));
  // The defaults are built and available: a method that is neither came from a methods attribute.
  if (requested.includes('vneid') && !vneid.config && vneid.problems.length === 0) {
    warnings.push({ code: 'vneid-unset', methods: attrs.methods! });
  }
  const methods = requested.filter(available);
  const unbuilt = requested.filter((m) => !isBuilt(m));
  if (unbuilt.length > 0) {
    warnings.push({ code: 'unbuilt', methods: attrs.methods!, unbuilt, ...(methods.length === 0 ? { defaults } : {}) });
  }

  const smartcaSubjects = parseList(attrs.smartcaSubjects, SMARTCA_SUBJECTS, DEFAULT_SMARTCA_SUBJECTS, (v) =>
    warn(ATTRIBUTES.smartcaSubjects, v),
  );
  let offer = limitSmartca(makeOffer(subjects, methods.length > 0 ? methods : defaults), smartcaSubjects);
  if (offer.subjects.length === 0) {
    // The lists were valid but share nothing (e.g. subjects="agency" methods="phone"): never blank.
    warnings.push({ code: 'no-offer', subjects: attrs.subjects ?? '', methods: attrs.methods ?? '' });
    offer = limitSmartca(makeOffer(SUBJECTS, defaults), smartcaSubjects);
  }

  let draft: DraftMode = DEFAULTS.draft;
  if (attrs.draft != null) {
    const v = attrs.draft.trim().toLowerCase();
    if (v === 'off' || v === 'false' || v === 'none') draft = 'off';
    else if (v !== '' && v !== 'on' && v !== 'session') warn(ATTRIBUTES.draft, attrs.draft);
  }

  return {
    config: {
      apiBase,
      apiTimeout,
      offer,
      email,
      signInUrl,
      forgotPasswordUrl,
      attributes: attrs,
      ...(vneid.config ? { vneid: vneid.config } : {}),
      draft,
    },
    warnings,
  };
}

function pageOrigin(page: PageInfo): string | undefined {
  try {
    return new URL(page.href).origin;
  } catch {
    return undefined;
  }
}

/**
 * The backend's base URL. Refused: anything but http(s); user names or passwords in it (fetch
 * refuses them); a fragment (it would swallow every path); plain http from an https page (the
 * browser blocks it as mixed content, and the person would be told to check their network) unless
 * the backend is on this computer, for development. A query is kept: paths go before it.
 */
function parseApiBase(value: string | null | undefined, page: PageInfo | undefined, onBad: (v: string, why: ApiBaseProblem) => void): string {
  if (value == null) return DEFAULTS.apiBase;
  const trimmed = value.trim();
  let url: URL;
  try {
    url = new URL(trimmed, page && pageOrigin(page) ? page.href : 'https://host.invalid/');
  } catch {
    onBad(value, 'not-url');
    return DEFAULTS.apiBase;
  }
  let why: ApiBaseProblem | undefined;
  if (trimmed === '' || (url.protocol !== 'https:' && url.protocol !== 'http:')) why = 'scheme';
  else if (url.username !== '' || url.password !== '') why = 'credentials';
  else if (trimmed.includes('#')) why = 'fragment';
  // Plain http:// from an https:// page: the browser blocks it as mixed content.
  else if (url.protocol === 'http:' && page && url.protocol !== new URL(page.href).protocol && !LOOPBACK_HOSTS.includes(url.hostname)) {
    why = 'mixed-content';
  }
  if (why) {
    onBad(value, why);
    return DEFAULTS.apiBase;
  }
  return trimmed;
}

function parseUrl(value: string | null | undefined, fallback: string, onBad: (v: string) => void): string {
  if (value == null) return fallback;
  const trimmed = value.trim();
  try {
    const url = new URL(trimmed, 'https://host.invalid/');
    if (trimmed !== '' && (url.protocol === 'https:' || url.protocol === 'http:')) return trimmed;
  } catch {
    // fall through to the warning
  }
  onBad(value);
  return fallback;
}

/**
 * Reads a comma- or space-separated list, keeping the given order and dropping duplicates.
 * Any unknown name spoils the whole list: a half-applied list would offer something the
 * webmaster did not ask for without telling them.
 */
function parseList<T extends string>(
  value: string | null | undefined,
  known: readonly T[],
  fallback: readonly T[],
  onBad: (v: string) => void,
): T[] {
  if (value == null) return [...fallback];
  const names = value
    .split(/[\s,]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (names.length === 0 || !names.every((n): n is T => (known as readonly string[]).includes(n))) {
    onBad(value);
    return [...fallback];
  }
  return [...new Set(names)];
}

