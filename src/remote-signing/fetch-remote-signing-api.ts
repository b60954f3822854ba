/**
 * The remote-signing calls over fetch: the same client rules as every other call (timeout,
 * Accept-Language, problem+json errors), loaded only with the remote-signing steps.
 */
import { FetchRegistrationApi } from '../api/fetch-api.js';
import { isAccount } from '../api/response-checks.js';
import { isRemoteSigningStatus, isRemoteSigningTransaction } from '../api/remote-signing-checks.js';
import type { CallOptions, RemoteSigningAccountRequest, RemoteSigningApi, RemoteSigningRequest } from '../api/types.js';

export class FetchRemoteSigningApi extends FetchRegistrationApi implements RemoteSigningApi {
  startRemoteSigning(request: RemoteSigningRequest, options?: CallOptions) {
    return this.call('POST', '/remote-signing/transactions', request, isRemoteSigningTransaction, options);
  }

  getRemoteSigningStatus(transactionId: string, options?: CallOptions) {
    return this.call('GET', `/remote-signing/transactions/${encodeURIComponent(transactionId)}`, undefined, isRemoteSigningStatus, options);
  }

  cancelRemoteSigning(transactionId: string, options?: CallOptions) {
    return this.call('POST', `/remote-signing/transactions/${encodeURIComponent(transactionId)}/cancel`, undefined, isRemoteSigningStatus, options);
  }

  createRemoteSigningAccount(transactionId: string, request: RemoteSigningAccountRequest, options?: CallOptions) {
    return this.call('POST', `/remote-signing/transactions/${encodeURIComponent(transactionId)}/account`, request, isAccount, options);
  }
}
