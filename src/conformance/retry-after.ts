/**
 * What the contract says a 429 or 503 must carry: a `Retry-After` header (delta-seconds, or an
 * IMF-fixdate) and/or `retryAfter` in the body, at most 3600 s away, the two agreeing, and, for a
 * page on another origin, a header the page can read (Access-Control-Expose-Headers) unless the
 * body says it too. Without any of that the widget cannot show how long to wait.
 */
import type { Exchange } from './client.js';
import { isObject } from './schema.js';

export const MAX_WAIT_SECONDS = 3600;
/** Clock skew allowed between the backend and this machine for an HTTP-date. */
const SKEW_SECONDS = 60;

export function retryAfterIssues(ex: Exchange, origin: string | undefined, now = Date.now()): string[] {
  const issues: string[] = [];
  const header = ex.headers.get('retry-after')?.trim() ?? null;
  const body = isObject(ex.json) ? ex.json['retryAfter'] : undefined;

  let headerSeconds: number | undefined;
  if (header !== null) {
    if (/^\d+$/.test(header)) headerSeconds = Number(header);
    else if (/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(header) && !Number.isNaN(Date.parse(header))) {
      headerSeconds = Math.ceil((Date.parse(header) - now) / 1000);
      if (headerSeconds < -SKEW_SECONDS) issues.push(`Retry-After "${header}" is in the past`);
    } else issues.push(`Retry-After "${header}" is neither delta-seconds nor an IMF-fixdate`);
    if (headerSeconds !== undefined && /^\d+$/.test(header) && headerSeconds < 1) issues.push(`Retry-After "${header}" asks for no wait at all`);
    if (headerSeconds !== undefined && headerSeconds > MAX_WAIT_SECONDS + SKEW_SECONDS) issues.push(`Retry-After "${header}" is more than ${MAX_WAIT_SECONDS} s away`);
  }
  if (body !== undefined) {
    if (typeof body !== 'number' || !Number.isInteger(body) || body < 1 || body > MAX_WAIT_SECONDS) issues.push(`retryAfter ${JSON.stringify(body)} is not 1–${MAX_WAIT_SECONDS} seconds`);
    else if (header !== null && /^\d+$/.test(header) && body !== Number(header)) issues.push(`retryAfter ${body} differs from Retry-After ${header}`);
  }
  if (header === null && body === undefined) issues.push('neither a Retry-After header nor retryAfter in the body');
  if (origin && header !== null && body === undefined) {
    const exposed = (ex.headers.get('access-control-expose-headers') ?? '').toLowerCase().split(/\s*,\s*/);
    if (!exposed.includes('retry-after') && !exposed.includes('*')) issues.push('Retry-After is not in Access-Control-Expose-Headers, so the page cannot read it');
  }
  return issues;
}
