/** Run-time checks of the remote-signing answers (docs/openapi.yaml, /remote-signing/…). */
import { isCertificateHolder } from './certificate-holder.js';
import { object, optional, seconds, string, type Check } from './response-checks.js';
import type { RemoteSigningStatus, RemoteSigningStatusCode, RemoteSigningTransaction } from './types.js';

export const REMOTE_SIGNING_STATUSES = [
  'waiting',
  'confirmed',
  'rejected',
  'expired',
  'pin_failed',
  'key_locked',
  'signing_failed',
  'sim_not_registered',
  'subscriber_not_found',
  'cancelled',
] as const satisfies readonly RemoteSigningStatusCode[];

// Fails to compile when the contract gains a status this list lacks.
type Missing = Exclude<RemoteSigningStatusCode, (typeof REMOTE_SIGNING_STATUSES)[number]>;
const complete: Missing extends never ? true : never = true;
void complete;

const nonEmpty = (v: unknown) => string(v) && (v as string) !== '';

export const isRemoteSigningTransaction: Check<RemoteSigningTransaction> = object({
  id: nonEmpty,
  shortCode: string,
  expiresIn: seconds,
});

/** A confirmed status without its holder is useless to the widget: treated as malformed. */
export const isRemoteSigningStatus: Check<RemoteSigningStatus> = (value: unknown): value is RemoteSigningStatus =>
  object<RemoteSigningStatus>({
    status: (v) => (REMOTE_SIGNING_STATUSES as readonly unknown[]).includes(v),
    holder: optional(isCertificateHolder),
  })(value) && ((value as RemoteSigningStatus).status !== 'confirmed' || (value as RemoteSigningStatus).holder !== undefined);
