/** What the host learns just before the widget sends the person to VNeID. Never the PKCE verifier. */
export interface VneidRedirectDetail {
  /** The full authorization URL (with the S256 code challenge, `state`, `nonce`, `ui_locales`). */
  readonly url: string;
  /** The `state` the callback must come back with. */
  readonly state: string;
}

/**
 * Fired on `<dvc-register>` when the person chose "Continue with VNeID", right before the widget
 * navigates this tab to `detail.url`. The PKCE verifier, `state` and `nonce` are already in
 * sessionStorage (key `dvc-register:vneid`, see docs/vneid.md) when it fires.
 *
 * Cancelable: call `preventDefault()` to do the redirect your own way, for example to save your
 * own state first and then `location.assign(event.detail.url)`, or to open it in a popup. The
 * widget then does nothing more and shows no error.
 */
export class DvcVneidRedirectEvent extends CustomEvent<VneidRedirectDetail> {
  static readonly eventName = 'dvc-vneid-redirect';
  constructor(detail: VneidRedirectDetail) {
    super(DvcVneidRedirectEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dvc-vneid-redirect': DvcVneidRedirectEvent;
  }
}
