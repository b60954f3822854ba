/**
 * The console warnings about the element's attributes, in words for the webmaster (English, as
 * every console warning of the widget). Only a misconfigured page needs them, so they are not in
 * the first load: print-warnings.ts imports this module on demand when there is something to say
 * (found by parseConfig() in config.ts, or the language conflict of page-locale.ts).
 */
import { SUBJECTS } from '../flow/catalog.js';
import { DEFAULT_SMARTCA_SUBJECTS, SMARTCA_SUBJECTS } from '../remote-signing/offer.js';
import { vneidWarning } from '../vneid/config-warnings.js';
import { DEFAULTS, type ApiBaseProblem, type ConfigWarning } from './config.js';

const API_BASE_REFUSED: Record<ApiBaseProblem, string> = {
  'not-url': 'not a URL',
  scheme: 'only http(s) URLs are allowed',
  credentials: 'a user name or password is not allowed in it',
  fragment: 'a fragment (#…) is not allowed in it',
  'mixed-content': 'plain http:// from an https:// page is blocked by the browser as mixed content; use https://',
};

const list = (names: readonly string[]) => `"${names.join(',')}"`;

/** What is used instead of an ignored attribute, by attribute name. */
const FALLBACKS: Record<string, (warning: Extract<ConfigWarning, { code: 'ignored' }>) => string> = {
  lang: () => '"vi" (allowed: vi, en, or either with a region, such as en-US)',
  'api-base': ({ why }) => `"${DEFAULTS.apiBase}" (${API_BASE_REFUSED[why ?? 'scheme']})`,
  'api-timeout': () => `${DEFAULTS.apiTimeout} ms (allowed: 1000–300000)`,
  email: () => `"${DEFAULTS.email}" (allowed: optional, required)`,
  subjects: () => list(SUBJECTS),
  methods: ({ defaults }) => list(defaults ?? []),
  'smartca-subjects': () => `${list(DEFAULT_SMARTCA_SUBJECTS)} (allowed: ${SMARTCA_SUBJECTS.join(', ')})`,
  'sign-in-url': () => 'the national portal',
  'forgot-password-url': () => 'the national portal',
  plugin: () => '"vgca" (allowed: vgca, vnpt-ca)',
  'plugin-url': () => "the plugin's default address (only wss:// on 127.0.0.1 or localhost is allowed)",
  'plugin-download-windows': () => 'the default download page (https only)',
  'plugin-download-macos': () => 'the default download page (https only)',
  'plugin-min-version': () => 'no minimum (allowed: numbers with dots, e.g. 1.0.3.4)',
  draft: () => 'a draft for this tab (allowed: on, off)',
};

/** The sentence the widget prints for a warning. */
export function configWarning(warning: ConfigWarning): string {
  switch (warning.code) {
    case 'ignored': {
      const fallback = FALLBACKS[warning.attr]?.(warning) ?? 'its default';
      return `<dvc-register>: ignoring ${warning.attr}="${warning.value}"; using ${fallback}.`;
    }
    case 'vneid-unset':
      return `<dvc-register>: methods="${warning.methods}": vneid needs vneid-authorize-url, vneid-client-id and vneid-redirect-uri; left out.`;
    case 'unbuilt':
      return (
        `<dvc-register>: methods="${warning.methods}": ${warning.unbuilt.join(', ')} not available in this version, left out` +
        (warning.defaults ? `; using ${list(warning.defaults)}.` : '.')
      );
    case 'no-offer':
      return `<dvc-register>: subjects="${warning.subjects}" and methods="${warning.methods}" offer no way to register; using the defaults.`;
    case 'lang-conflict':
      return `<dvc-register>: widgets ask for different languages (${warning.languages.join(', ')}); all show the one asked last. See README.`;
    default:
      return vneidWarning(warning);
  }
}
