/**
 * The console warnings about the VNeID attributes, in words for the webmaster (English, as every
 * console warning of the widget). Kept out of config.ts so the widget's first load carries only
 * the checks: the widget loads this module on demand when there is something to say
 * (src/register/config-warnings.ts). The `dvc-register/vneid` export (index.ts) imports it as is,
 * so its parseVneidConfig() gives sentences at once.
 */
import { readVneidConfig, type ParsedVneidConfig, type VneidAttributes, type VneidProblem, type VneidValueProblem } from './config.js';

const REFUSED: Record<VneidValueProblem, string> = {
  'not-absolute': 'is not an absolute URL',
  'https-only': 'must be an https:// URL (http:// only on localhost or 127.0.0.1, for development)',
  'http-only': 'must be an http:// or https:// URL',
  credentials: 'must not contain a user name or password',
  fragment: 'must not contain a fragment (#…)',
  ascii: 'may hold printable ASCII characters only',
  'scope-names': 'must be space-separated scope names',
  'scope-openid': 'must include openid',
};

/** The one sentence of a VNeID problem, as the widget prints it. */
export function vneidWarning(problem: VneidProblem): string {
  if (problem.code === 'vneid-origin') {
    return (
      `<dvc-register>: vneid-redirect-uri="${problem.value}" is on another origin than this page (${problem.pageOrigin}); ` +
      'its callback page cannot read the PKCE verifier from sessionStorage unless you pass it on yourself (see the dvc-vneid-redirect event).'
    );
  }
  const { missing, invalid } = problem;
  const parts = [
    ...(missing.length > 0 ? [`${joinNames(missing)} ${missing.length === 1 ? 'is' : 'are'} missing`] : []),
    ...invalid.map(({ attr, value, why }) => `${attr}="${value}" ${REFUSED[why]}`),
  ];
  return `<dvc-register>: VNeID is not offered: ${parts.join('; ')}.`;
}

/**
 * Reads the VNeID attributes: the configuration when VNeID can be offered, and `warnings`: empty,
 * or one sentence saying why VNeID is not offered, or one about a callback on another origin.
 * `pageOrigin` is the origin of the page the widget is on (see readVneidConfig()).
 */
export function parseVneidConfig(attrs: VneidAttributes, pageOrigin?: string): ParsedVneidConfig {
  const { config, problems } = readVneidConfig(attrs, pageOrigin);
  return { ...(config ? { config } : {}), warnings: problems.map(vneidWarning) };
}

function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
