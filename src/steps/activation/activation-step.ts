import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { state } from 'lit/decorators.js';
import { asApiError } from '../../api/errors.js';
import type { ActivationChannel } from '../../api/types.js';
import { alertStyles } from '../../fields/alert.js';
import { choiceGroup } from '../../fields/choice-group-element.js';
import { fieldStyles } from '../../fields/field-styles.js';
import { define } from '../../register/define.js';
import { FailureController } from '../failure-alert.js';
import { StepElement } from '../step-element.js';

/**
 * Step "activation" (Vietnam Post accounts): how to activate the new account, by an OTP sent by
 * SMS or by a link sent by email. Email is offered only when an address was given.
 */
export class ActivationStep extends StepElement {
  static override styles = [...StepElement.styles, fieldStyles, alertStyles];

  @state() private busy = false;
  private readonly failure = new FailureController(this);
  /** The choice as clicked; the flow's copy arrives a render later, after a press may already come. */
  @state() private chosen: ActivationChannel | undefined;
  private request: AbortController | undefined;

  private get channel(): ActivationChannel {
    const wanted = this.chosen ?? this.state.values['activation'];
    return wanted === 'email' && this.hasEmail ? 'email' : 'sms';
  }

  private get hasEmail(): boolean {
    return (this.state.values['email'] ?? '').trim() !== '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.request?.abort();
  }

  override render(): TemplateResult {
    const choices = [
      {
        value: 'sms' as const,
        label: msg('Mã OTP qua tin nhắn SMS', { id: 'activation.sms' }),
        hint: msg('Mã gửi đến số điện thoại di động bạn đã nhập.', { id: 'activation.sms.hint' }),
      },
      ...(this.hasEmail
        ? [
            {
              value: 'email' as const,
              label: msg('Liên kết kích hoạt qua email', { id: 'activation.email' }),
              hint: msg('Liên kết gửi đến địa chỉ email bạn đã nhập.', { id: 'activation.email.hint' }),
            },
          ]
        : []),
    ];
    return html`
      <form novalidate @submit=${this.submit} aria-busy=${this.busy ? 'true' : 'false'}>
        ${this.failure.render(() => this.emit({ type: 'restart-registration' }))}
        ${choiceGroup({
          id: 'activation',
          legend: html`<h3 tabindex="-1">${msg('Chọn cách kích hoạt tài khoản', { id: 'activation.heading' })}</h3>`,
          choices,
          selected: this.channel,
          onSelect: (value) => {
            this.chosen = value;
            this.edit({ activation: value });
          },
        })}
        ${this.hasEmail
          ? nothing
          : html`<p class="hint">${msg('Muốn nhận liên kết qua email? Quay lại bước trước và nhập địa chỉ email.', { id: 'activation.no-email' })}</p>`}
        <div class="actions">
          <button class="primary" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
            ${this.busy ? msg('Đang gửi…', { id: 'details.sending' }) : msg('Gửi', { id: 'activation.submit' })}
          </button>
        </div>
      </form>
    `;
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const registration = this.state.results.registration;
    if (this.busy || !this.api || !registration) return;
    if (this.failure.waiting) return void this.failure.focus();
    const channel = this.channel;
    // Back here and the same choice again: what was already sent still works.
    if (channel === 'sms' && registration.otp) return this.goOn(channel);
    if (channel === 'email' && this.state.results.emailActivation) return this.goOn(channel);

    this.busy = true;
    this.failure.clear();
    const request = (this.request = new AbortController());
    try {
      const activation = await this.api.chooseActivation(registration.id, channel, { signal: request.signal });
      this.edit({ activation: channel });
      this.emit({
        type: 'next',
        results:
          activation.channel === 'sms'
            ? { registration: { ...registration, otp: activation.otp } }
            : { emailActivation: activation.email },
      });
    } catch (error) {
      if (request.signal.aborted) return;
      await this.failure.show(asApiError(error), () => void this.submit(new Event('submit')));
    } finally {
      this.busy = false;
    }
  }

  private goOn(channel: ActivationChannel): void {
    this.edit({ activation: channel });
    this.emit({ type: 'next' });
  }
}

define('dvc-step-activation', ActivationStep);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-step-activation': ActivationStep;
  }
}
