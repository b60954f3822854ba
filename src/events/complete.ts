import type { Method, Subject } from '../flow/catalog.js';

/** What the host learns when an account was created. Never a secret: no password, OTP or PIN. */
export interface CompleteDetail {
  readonly subject: Subject;
  readonly method: Method;
  /** What the person signs in with (their ID number, or the username they chose). */
  readonly username: string;
  /** Identity assurance level the backend gave the account, when it said. */
  readonly assuranceLevel?: number;
}

/** Fired once when the account has been created and the success notice is shown. */
export class DvcCompleteEvent extends CustomEvent<CompleteDetail> {
  static readonly eventName = 'dvc-complete';
  constructor(detail: CompleteDetail) {
    super(DvcCompleteEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dvc-complete': DvcCompleteEvent;
  }
}
