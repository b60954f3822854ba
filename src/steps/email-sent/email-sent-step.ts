import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { state } from 'lit/decorators.js';
import { asApiError } from '../../api/errors.js';
import { alertStyles } from '../../fields/alert.js';
import { Countdown, resendControl, waitIfRateLimited } from '../../fields/countdown.js';
import { define } from '../../register/define.js';
import { FailureController } from '../failure-alert.js';
import { StepElement } from '../step-element.js';
import { wordsOf, type Text } from '../../localization/text.js';

/**
 * Step "email-sent" (Vietnam Post accounts activated by email): check your inbox. The link in the
 * email finishes the activation outside the widget; here the person can ask for a new link once
 * the wait is over, or go back and choose SMS instead.
 */
export class EmailSentStep extends StepElement {
  static override styles = [...StepElement.styles, alertStyles];

  @state() private resending = false;
  /** Said politely after a resend or when the wait ends; worded at render time. */
  @state() private status: Text | undefined;

  private readonly resendWait = new Countdown(this, () => {
    this.status = () => msg('Bạn có thể yêu cầu gửi lại liên kết.', { id: 'email-sent.resend-ready' });
  });
  private readonly failure = new FailureController(this);
  private request: AbortController | undefined;
  private startedFor: unknown;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.request?.abort();
  }

  override willUpdate(): void {
    const email = this.state.results.emailActivation;
    if (email && email !== this.startedFor) {
      this.startedFor = email;
      this.resendWait.startFor(email, 'resendAfter', email.resendAfter);
    }
  }

  override render(): TemplateResult {
    const email = this.state.results.emailActivation;
    return html`
      <h3 tabindex="-1">${msg('Kiểm tra hộp thư của bạn', { id: 'email-sent.heading' })}</h3>
      ${this.failure.render()}
      <p>
        ${msg(str`Chúng tôi đã gửi liên kết kích hoạt tài khoản đến ${email?.destination ?? ''}.`, { id: 'email-sent.sent-to' })}
        ${msg('Mở thư và bấm vào liên kết để kích hoạt tài khoản, rồi đăng nhập.', { id: 'email-sent.what-next' })}
      </p>
      <p class="hint">
        ${msg('Không thấy thư? Hãy xem cả thư mục Thư rác (Spam) hoặc Quảng cáo.', { id: 'email-sent.spam' })}
      </p>
      <div class="actions">
        ${resendControl(this.resendWait, {
          waitLabel: msg('Gửi lại liên kết sau', { id: 'email-sent.resend-in' }),
          label: msg('Gửi lại liên kết', { id: 'email-sent.resend' }),
          busy: this.resending,
          onResend: () => void this.resend(),
        })}
        <button type="button" class="link" @click=${() => this.emit({ type: 'back' })}>
          ${msg('Đổi cách kích hoạt', { id: 'email-sent.change' })}
        </button>
      </div>
      <p class="visually-hidden" role="status">${wordsOf(this.status)}</p>
    `;
  }

  private async resend(): Promise<void> {
    const registration = this.state.results.registration;
    if (this.resending || this.resendWait.running || !this.api || !registration) return;
    this.resending = true;
    this.failure.clear();
    this.request?.abort();
    const request = (this.request = new AbortController());
    try {
      const activation = await this.api.chooseActivation(registration.id, 'email', { signal: request.signal });
      if (request.signal.aborted) return;
      if (activation.channel === 'email') {
        this.emit({ type: 'record', results: { emailActivation: activation.email } });
        this.status = () => msg(str`Đã gửi liên kết mới đến ${activation.email.destination}.`, { id: 'email-sent.resent' });
      }
    } catch (error) {
      if (request.signal.aborted) return;
      const failure = asApiError(error);
      if (!waitIfRateLimited(this.resendWait, failure)) await this.failure.show(failure, () => void this.resend());
    } finally {
      this.resending = false;
    }
  }
}

define('dvc-step-email-sent', EmailSentStep);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-step-email-sent': EmailSentStep;
  }
}
