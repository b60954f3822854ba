/**
 * Where the VNeID sign-in keeps its secrets between the redirect to VNeID and the host's callback
 * page: one JSON entry in sessionStorage, so it lives only in this tab and ends with it.
 */

/** The sessionStorage key. Stable: a host's callback page reads it. */
export const VNEID_STORAGE_KEY = 'dvc-register:vneid';

/** One VNeID sign-in in progress, as stored under {@link VNEID_STORAGE_KEY}. */
export interface VneidTransaction {
  /** The PKCE code verifier: send it with the `code` to the host's own backend, nowhere else. */
  readonly verifier: string;
  /** Must equal the `state` the callback URL carries; otherwise the callback is not this person's. */
  readonly state: string;
  /** For the backend to compare with the `nonce` claim of the ID token. */
  readonly nonce: string;
  /** The redirect_uri the request used; the token request must repeat it exactly. */
  readonly redirectUri: string;
  /** When the request was made, in milliseconds since the epoch (Date.now()). */
  readonly createdAt: number;
}

/**
 * Stores the transaction, replacing any earlier one. Returns false when the browser refuses
 * (storage disabled, some private modes, quota): the caller must not redirect then, because the
 * callback could never complete.
 */
export function saveVneidTransaction(transaction: VneidTransaction): boolean {
  try {
    // Reading the sessionStorage property itself throws when the browser blocks storage.
    const storage = window.sessionStorage;
    const value = JSON.stringify(transaction);
    storage.setItem(VNEID_STORAGE_KEY, value);
    // Some browsers accept setItem and keep nothing; only what can be read back counts.
    return storage.getItem(VNEID_STORAGE_KEY) === value;
  } catch {
    return false;
  }
}

/**
 * The stored transaction, or undefined when there is none, it cannot be read, or it is malformed.
 * For the host's callback page: compare `state` with the callback's `state` parameter, then send
 * `code` and `verifier` to your backend, then {@link clearVneidTransaction}.
 */
export function readVneidTransaction(): VneidTransaction | undefined {
  let raw: string | null;
  try {
    raw = window.sessionStorage.getItem(VNEID_STORAGE_KEY);
  } catch {
    return undefined;
  }
  if (raw === null) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    return isTransaction(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Forgets the transaction; a callback page calls it once the code was used, so it cannot be replayed. */
export function clearVneidTransaction(): void {
  try {
    window.sessionStorage.removeItem(VNEID_STORAGE_KEY);
  } catch {
    // Nothing was stored where storage is refused.
  }
}

function isTransaction(value: unknown): value is VneidTransaction {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    ['verifier', 'state', 'nonce', 'redirectUri'].every((k) => typeof v[k] === 'string' && v[k] !== '') &&
    typeof v['createdAt'] === 'number' &&
    Number.isFinite(v['createdAt'])
  );
}
