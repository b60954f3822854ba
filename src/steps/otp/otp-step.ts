import { css, html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { state } from 'lit/decorators.js';
import { ApiError, asApiError } from '../../api/errors.js';
import { problemMessage } from '../../api/messages.js';
import { alertStyles } from '../../fields/alert.js';
import { Countdown, formatSeconds, resendControl, waitIfRateLimited } from '../../fields/countdown.js';
import { errorSummary, focusErrorSummary, SubmittedSummary } from '../../fields/error-summary.js';
import { fieldStyles } from '../../fields/field-styles.js';
import { textField } from '../../fields/text-field.js';
import { define } from '../../register/define.js';
import { parseOtp } from '../../validation/rules.js';
import { issueMessage } from '../../validation/messages.js';
import { wordsOf, type Text } from '../../localization/text.js';
import { FailureController } from '../failure-alert.js';
import { StepElement } from '../step-element.js';
import { receiveOtp } from './web-otp.js';

const OTP_ID = 'otp';

/**
 * Step "otp": the code the backend sent by SMS. Shows where it went, how long it works, and when a
 * new one may be asked for. The code is a secret: it lives only in this step, never in the flow.
 */
export class OtpStep extends StepElement {
  static override styles = [
    ...StepElement.styles,
    fieldStyles,
    alertStyles,
    css`
      .nowrap {
        white-space: nowrap;
      }
    `,
  ];

  @state() private code = '';
  /** The code's problem, worded at render time so a language switch re-words it. */
  @state() private error: Text | undefined;
  @state() private busy = false;
  @state() private resending = false;
  /** Said politely after a resend or when the resend wait ends. */
  @state() private status: Text | undefined;
  /** The backend said no attempt is left with this code: "Xác nhận" can do nothing until a new one. */
  @state() private spent = false;
  /** Why the resend waits, when the backend refused a resend (429) rather than the code's own wait. */
  @state() private resendRefused: Text | undefined;

  /** What was wrong at the last "Xác nhận": typing a new code does not change it (it is an alert). */
  private readonly summary = new SubmittedSummary(this);
  private readonly expiry = new Countdown(this, () => this.requestUpdate());
  private readonly resendWait = new Countdown(this, () => {
    this.resendRefused = undefined;
    this.status = () => msg('Bạn có thể yêu cầu gửi lại mã.', { id: 'otp.resend-ready' });
  });
  private readonly failure = new FailureController(this);
  private request: AbortController | undefined;
  private resendRequest: AbortController | undefined;
  private webOtp: AbortController | undefined;
  private startedFor: unknown;

  override connectedCallback(): void {
    super.connectedCallback();
    this.webOtp = new AbortController();
    void receiveOtp(this.webOtp.signal).then((code) => {
      if (!code || !this.isConnected) return;
      this.code = code;
      void this.verify();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.request?.abort();
    // An answer arriving after the step went away is dropped: nothing may change from a step not shown.
    this.resendRequest?.abort();
    this.webOtp?.abort();
  }

  override willUpdate(): void {
    // Start the countdowns once per challenge (a new one arrives after each resend); a step made
    // again for the same challenge (Back, then on) goes on from where the time really is.
    const otp = this.state.results.registration?.otp;
    if (otp && otp !== this.startedFor) {
      this.startedFor = otp;
      this.expiry.startFor(otp, 'expiresIn', otp.expiresIn);
      this.resendWait.startFor(otp, 'resendAfter', otp.resendAfter);
    }
  }

  override render(): TemplateResult {
    const otp = this.state.results.registration?.otp;
    const expired = !this.expiry.running;
    return html`
      <form novalidate @submit=${this.onSubmit} aria-busy=${this.busy ? 'true' : 'false'}>
        <h3 tabindex="-1">${msg('Nhập mã OTP', { id: 'otp.heading' })}</h3>
        <p>
          ${msg(html`Mã OTP gồm ${otp?.length ?? 6} chữ số đã được gửi bằng tin nhắn SMS đến số ${phoneNumber(otp?.destination ?? '')}.`, {
            id: 'otp.sent-to',
          })}
        </p>
        ${errorSummary(this.summary.items, this.renderRoot as ShadowRoot)}
        ${this.failure.render(() => this.emit({ type: 'restart-registration' }))}
        ${textField({
          id: OTP_ID,
          label: msg('Mã OTP', { id: 'otp.label' }),
          hint: expired
            ? msg('Mã đã hết hạn. Hãy yêu cầu gửi lại mã.', { id: 'otp.expired-hint' })
            : html`${msg('Mã còn hiệu lực trong', { id: 'otp.valid-for' })} <strong>${formatSeconds(this.expiry.remaining)}</strong>`,
          required: true,
          value: this.code,
          autocomplete: 'one-time-code',
          inputmode: 'numeric',
          spellcheck: false,
          width: 'short',
          error: wordsOf(this.error),
          onInput: (value) => {
            this.code = value;
            this.error = undefined;
          },
        })}
        <div class="actions">
          ${this.spent
            ? // No attempt left with this code: what can still be done, instead of a "Xác nhận" that cannot work.
              html`<button type="button" class="secondary" @click=${() => this.emit({ type: 'restart-registration' })}>
                ${msg('Quay lại thông tin đăng ký', { id: 'otp.start-again' })}
              </button>`
            : html`<button class="primary" type="submit" aria-disabled=${this.busy || this.failure.waiting ? 'true' : 'false'}>
                ${this.busy ? msg('Đang kiểm tra…', { id: 'otp.checking' }) : msg('Xác nhận', { id: 'otp.submit' })}
              </button>`}
          ${resendControl(this.resendWait, {
            // A resend the backend refused says why it waits, before the time.
            waitLabel: `${this.resendRefused?.() ?? ''} ${msg('Gửi lại mã sau', { id: 'otp.resend-in' })}`,
            label: msg('Gửi lại mã', { id: 'otp.resend' }),
            busy: this.resending,
            onResend: () => void this.resend(),
          })}
        </div>
        <p class="visually-hidden" role="status">${wordsOf(this.status)}</p>
      </form>
    `;
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    void this.verify();
  }

  private async verify(): Promise<void> {
    if (this.busy) return;
    if (this.failure.waiting) return void this.failure.focus();
    // Enter in the field, with no attempt left: the field's message says what to do instead.
    if (this.spent) return void (await focusErrorSummary(this));
    const parsed = parseOtp(this.code);
    if (!parsed.ok) {
      const issue = parsed.issues.find((i) => i.severity === 'error');
      this.error = issue ? () => issueMessage(issue, 'otp') : undefined;
      this.failure.clear();
      this.takeSummary();
      await focusErrorSummary(this);
      return;
    }
    const registration = this.state.results.registration;
    if (!this.api || !registration) return;
    this.busy = true;
    this.failure.clear();
    const request = (this.request = new AbortController());
    try {
      const verified = await this.api.verifyOtp(registration.id, parsed.value!, { signal: request.signal });
      this.code = '';
      this.emit({ type: 'next', results: { passwordPolicy: verified.passwordPolicy } });
    } catch (error) {
      if (request.signal.aborted) return;
      await this.showFailure(asApiError(error), () => void this.verify());
    } finally {
      this.busy = false;
    }
  }

  private async resend(): Promise<void> {
    const registration = this.state.results.registration;
    if (this.resending || this.resendWait.running || !this.api || !registration) return;
    this.resending = true;
    this.failure.clear();
    const typedBefore = this.code;
    this.resendRequest?.abort();
    const request = (this.resendRequest = new AbortController());
    try {
      const otp = await this.api.resendOtp(registration.id, { signal: request.signal });
      if (request.signal.aborted) return;
      // The old code no longer works; but a code typed while the new one was on its way is the new one.
      if (this.code === typedBefore) this.code = '';
      this.error = undefined;
      this.spent = false;
      // A new code makes the last one's problem moot.
      this.summary.clear();
      this.emit({ type: 'record', results: { registration: { ...registration, otp } } });
      this.status = () => msg(str`Đã gửi mã mới đến số ${otp.destination}.`, { id: 'otp.resent' });
    } catch (error) {
      if (request.signal.aborted) return;
      const failure = asApiError(error);
      if (waitIfRateLimited(this.resendWait, failure)) {
        // The wait is shown where the button was; say why, and no longer that a resend is possible.
        this.resendRefused = () => problemMessage(failure);
        this.status = this.resendRefused;
      } else await this.showFailure(failure, () => void this.resend());
    } finally {
      this.resending = false;
    }
  }

  private takeSummary(): void {
    const message = this.error;
    this.summary.set(() => (message ? [{ fieldId: OTP_ID, message: message() }] : []));
  }

  private async showFailure(error: ApiError, retry: () => void): Promise<void> {
    if (error.code === 'otp_invalid' || error.code === 'otp_expired') {
      // About the code itself: say it at the field, and keep what was typed so it can be corrected.
      this.error = () => problemMessage(error);
      if (error.code === 'otp_expired') this.expiry.stop();
      this.spent = error.code === 'otp_invalid' && error.attemptsLeft === 0;
      this.takeSummary();
      await focusErrorSummary(this);
      return;
    }
    this.summary.clear();
    await this.failure.show(error, retry);
  }
}

/** A (masked) phone number never breaks across lines: "09•• ••••• 678" is read as one thing. */
function phoneNumber(text: string): TemplateResult {
  return html`<span class="nowrap">${text}</span>`;
}

define('dvc-step-otp', OtpStep);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-step-otp': OtpStep;
  }
}
