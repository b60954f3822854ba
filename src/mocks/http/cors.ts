/**
 * CORS for the origins the mock is started with. The widget on a portal page calls the backend
 * cross-origin as often as not, so the mock behaves like a correctly configured backend would:
 * only listed origins are answered, error responses carry the headers too (else the browser hides
 * the problem body and the widget can only say "network error"), and Retry-After is readable.
 */
import { SCENARIO_HEADER } from './scenario.js';

export interface CorsPolicy {
  /** Exact origins (`https://portal.example`), or `*` for any. */
  readonly origins: readonly string[];
}

const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS';
const ALLOWED_HEADERS = ['content-type', 'accept', 'accept-language', SCENARIO_HEADER];

export function allowedOrigin(policy: CorsPolicy, origin: string | undefined): string | undefined {
  if (!origin) return undefined;
  return policy.origins.includes('*') || policy.origins.includes(origin) ? origin : undefined;
}

/** Headers for an ordinary response to a request from `origin`. */
export function corsHeaders(policy: CorsPolicy, origin: string | undefined): Record<string, string> {
  const allowed = allowedOrigin(policy, origin);
  const headers: Record<string, string> = { Vary: 'Origin' };
  if (!allowed) return headers;
  return { ...headers, 'Access-Control-Allow-Origin': allowed, 'Access-Control-Expose-Headers': 'Retry-After, Content-Language' };
}

/**
 * Headers for a preflight. The allowed list is always the same: a browser compares it with what
 * it asked for, and a request for any other header is then refused by the browser, as it should be.
 */
export function preflightHeaders(policy: CorsPolicy, origin: string | undefined): Record<string, string> {
  const base = corsHeaders(policy, origin);
  if (!base['Access-Control-Allow-Origin']) return base;
  return {
    ...base,
    'Access-Control-Allow-Methods': ALLOWED_METHODS,
    'Access-Control-Allow-Headers': ALLOWED_HEADERS.join(', '),
    'Access-Control-Max-Age': '600',
  };
}
