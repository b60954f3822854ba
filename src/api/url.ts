/** Backend URLs, shared by every client (fetch-api.ts, certificate-registration.ts). */

/** `/api?tenant=x` + `/captcha` → `/api/captcha?tenant=x`: the base's query stays a query. */
export function joinUrl(base: string, path: string): string {
  // A fragment never reaches a server; the configuration refuses one, and it must not swallow the path.
  base = base.split('#')[0]!;
  const queryAt = base.indexOf('?');
  const root = queryAt < 0 ? base : base.slice(0, queryAt);
  const query = queryAt < 0 ? '' : base.slice(queryAt);
  return `${root.replace(/\/+$/, '')}${path}${query === '?' ? '' : query}`;
}
