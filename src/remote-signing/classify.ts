import { ApiError } from '../api/errors.js';
import type { ClassifiedFailure } from './poller.js';

/** How the poller treats a failed status request (docs/signing.md). */
export function classifyStatusFailure(error: unknown): ClassifiedFailure {
  // Anything but the client's typed error means no usable answer came back at all.
  if (!(error instanceof ApiError) || error.code === 'network') return { kind: 'offline' };
  if (['timeout', 'server_error', 'bad_response', 'rate_limited'].includes(error.code) || (error.status ?? 0) >= 500) {
    return { kind: 'retry', retryAfter: error.retryAfter };
  }
  return { kind: 'fatal' };
}
