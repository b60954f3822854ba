import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { isDeadEnd, retryWaitOf, type ApiError } from '../api/errors.js';
import { isRetryable, problemMessage } from '../api/messages.js';
import { alertBox } from '../fields/alert.js';
import { Countdown, formatSeconds } from '../fields/countdown.js';
import { wordsOf, type Text } from '../localization/text.js';

/** A call that failed, with the call itself, so "try again" repeats exactly that call. */
export interface FailedCall {
  readonly error: ApiError;
  readonly retry: () => void;
}

export interface FailureRenderOptions {
  readonly restartWords?: { readonly message: string; readonly action: string };
  /** Where an existing account's owner signs in or recovers the password (the configuration). */
  readonly accountLinks?: { readonly signInUrl: string; readonly forgotPasswordUrl: string } | undefined;
}

type FailureHost = ReactiveControllerHost & { readonly renderRoot: ParentNode; readonly updateComplete: Promise<unknown> };

/**
 * The failed request of a step, said once at the top, for every step alike:
 * - "Thử lại" repeats the very call that failed (a resend is resent, never the form submitted);
 * - a 429/503 with Retry-After (one rule, `retryWaitOf`) shows the wait as a countdown, and the
 *   step's calls are held back until it ends (`waiting`); then "try again" appears, said politely;
 * - where the registration is over, "back to your details" instead.
 */
export class FailureController {
  private failed: FailedCall | undefined;
  private readonly wait: Countdown;
  /** Said politely when the wait ends; the ticking time itself is never live. */
  private status: Text | undefined;

  constructor(private readonly host: FailureHost) {
    this.wait = new Countdown(host, () => {
      this.status = () => msg('Bạn có thể thử lại ngay bây giờ.', { id: 'details.retry-now' });
      host.requestUpdate();
    });
  }

  get error(): ApiError | undefined {
    return this.failed?.error;
  }

  /** True while the backend's wait runs: the step sends nothing until it ends. */
  get waiting(): boolean {
    return this.failed !== undefined && this.wait.running;
  }

  /** Shows the failure, starts the backend's wait if it gave one, and moves focus to the alert. */
  async show(error: ApiError, retry: () => void): Promise<void> {
    // Each step says the field errors it can at their fields and brings here what is left: none
    // is marked on screen, so the message must not send the person to "the marked fields".
    this.failed = { error: error.withoutFieldErrors(), retry };
    this.status = undefined;
    const wait = retryWaitOf(error);
    if (wait !== undefined) this.wait.start(wait);
    else this.wait.stop();
    this.host.requestUpdate();
    await this.focus();
  }

  /** Forgets the failure (a new call is on its way); a running wait is kept. */
  clear(): void {
    if (!this.failed) return;
    if (this.wait.running) return;
    this.failed = undefined;
    this.status = undefined;
    this.host.requestUpdate();
  }

  /** Moves focus to the alert after the render that shows it, so it is read at once. */
  async focus(): Promise<void> {
    await focusAlert(this.host);
  }

  /**
   * `restart` starts the registration again after a dead end; `options.restartWords` word it where
   * it does not lead back to a details form (the USB token signs again: nothing to send again).
   * With `options.accountLinks`, an existing account is answered with the ways into it.
   */
  render(restart?: () => void, options: FailureRenderOptions = {}): TemplateResult | typeof nothing {
    const failed = this.failed;
    if (!failed) return nothing;
    const { error } = failed;
    const { restartWords, accountLinks: links } = options;
    if (restart && isDeadEnd(error)) {
      return alertBox(
        'error',
        restartWords?.message ?? problemMessage(error),
        html`<button type="button" class="primary" @click=${restart}>
          ${restartWords?.action ?? msg('Quay lại thông tin đăng ký', { id: 'otp.start-again' })}
        </button>`,
      );
    }
    // As the details and password steps: sign in, or recover the password.
    if (links && error.code === 'account_exists') return alertBox('error', problemMessage(error), accountLinks(links));
    const waitable = retryWaitOf(error) !== undefined;
    const retry =
      isRetryable(error) && !this.wait.running
        ? html`<button type="button" class="secondary" @click=${() => this.retry(failed)}>${msg('Thử lại', { id: 'action.retry' })}</button>`
        : undefined;
    return html`${alertBox('error', problemMessage(error), retry)}
    ${waitable
      ? // The ticking time stays outside the alert: a live region would read out every second.
        html`<p class="hint" ?hidden=${!this.wait.running}>
            ${this.wait.running
              ? html`${msg('Thử lại sau', { id: 'details.retry-in' })} <strong>${formatSeconds(this.wait.remaining)}</strong>`
              : nothing}
          </p>
          <p class="hint" role="status">${this.wait.running ? nothing : wordsOf(this.status)}</p>`
      : nothing}`;
  }

  private retry(failed: FailedCall): void {
    if (this.wait.running) return;
    // Focus leaves the alert that is about to go: to the step's heading, not to the page's body.
    this.host.renderRoot.querySelector<HTMLElement>('h3[tabindex]')?.focus();
    this.failed = undefined;
    this.status = undefined;
    this.host.requestUpdate();
    failed.retry();
  }
}

/**
 * What someone who already has an account can do: sign in (what most came for), or recover the
 * password. Offered wherever the backend says the account exists, on every method's steps alike.
 */
export function accountLinks(config: { readonly forgotPasswordUrl: string; readonly signInUrl: string }): TemplateResult {
  return html`<a class="button primary" href=${config.signInUrl}>${msg('Đăng nhập', { id: 'action.sign-in' })}</a>
    <a class="button secondary" href=${config.forgotPasswordUrl}>${msg('Lấy lại mật khẩu', { id: 'details.forgot-password' })}</a>`;
}

/** Moves focus to the alert after the render that shows it, so it is read at once. */
export async function focusAlert(host: { updateComplete: Promise<unknown>; renderRoot: ParentNode }): Promise<void> {
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>('[data-alert]')?.focus();
}
