import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { state } from 'lit/decorators.js';
import { ApiError, asApiError } from '../../api/errors.js';
import { problemMessage } from '../../api/messages.js';
import { alertStyles } from '../../fields/alert.js';
import { CaptchaController, captchaField, captchaStyles } from '../../fields/captcha.js';
import '../../fields/certificate-holder.js';
import { errorSummary, focusErrorSummary, type SummaryItem } from '../../fields/error-summary.js';
import { fieldStyles } from '../../fields/field-styles.js';
import { textField } from '../../fields/text-field.js';
import { afterPress, messageAt, touchedOnLeave, withoutServerError } from '../../fields/shown-errors.js';
import { define } from '../../register/define.js';
import { remoteSigningApi } from '../../remote-signing/remote-api.js';
import { fieldErrorMessage } from '../details/field-messages.js';
import { emailField } from '../details/fields.js';
import { FailureController } from '../failure-alert.js';
import { StepElement } from '../step-element.js';
import type { Text } from '../../localization/text.js';

const EMAIL_ID = 'email';
const CAPTCHA_ID = 'captcha';

/**
 * Step "remote-holder": after a confirmed remote signature, who the certificate belongs to
 * (read-only: it comes from the backend's parse of the verified certificate), an email
 * (required for businesses and agencies, else as configured) and the captcha → "Đăng ký"
 * creates the account.
 */
export class RemoteHolderStep extends StepElement {
  static override styles = [
    ...StepElement.styles,
    fieldStyles,
    alertStyles,
    captchaStyles,
  ];

  @state() private submitted = false;
  @state() private touched = new Set<string>();
  @state() private busy = false;
  /** What the backend said about the email or captcha, worded at render time so a language switch re-words it. */
  @state() private serverErrors: Record<string, Text> = {};

  private readonly captcha = new CaptchaController(this, () => this.api);
  private readonly failures = new FailureController(this);
  private request: AbortController | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.request?.abort();
  }

  private get emailRequired(): boolean {
    return this.state.subject !== 'citizen' || this.config?.email === 'required';
  }

  private get email(): string {
    return this.state.values[EMAIL_ID] ?? '';
  }

  private emailError(): string | undefined {
    return messageAt(EMAIL_ID, this.serverErrors, this.submitted, this.touched, () => {
      if (this.email.trim() === '') return this.emailRequired ? fieldErrorMessage({ code: 'required', severity: 'error' }, EMAIL_ID) : undefined;
      const issue = emailField.check(this.email, this.state.values).issues.find((i) => i.severity === 'error');
      return issue ? fieldErrorMessage(issue, EMAIL_ID) : undefined;
    });
  }

  private captchaError(): string | undefined {
    // A code the backend replaced after a refusal is not the person's to blame: its hint says to
    // enter the new one, until the next submit (which clears `renewed`).
    return messageAt(CAPTCHA_ID, this.serverErrors, this.submitted, this.touched, () =>
      !this.captcha.renewed && this.captcha.answer.trim() === '' ? fieldErrorMessage({ code: 'required', severity: 'error' }, CAPTCHA_ID) : undefined,
    );
  }

  private summary(): SummaryItem[] {
    const items: SummaryItem[] = [];
    const email = this.emailError();
    if (email) items.push({ fieldId: EMAIL_ID, message: email });
    const captcha = this.captchaError();
    if (captcha) items.push({ fieldId: CAPTCHA_ID, message: captcha });
    return items;
  }

  override render(): TemplateResult {
    const holder = this.state.results.remoteSigning?.holder;
    return html`
      <form novalidate @submit=${this.onSubmit} aria-busy=${this.busy ? 'true' : 'false'}>
        <h3 tabindex="-1" id="holder-heading">${msg('Thông tin chủ chứng thư số', { id: 'holder.heading' })}</h3>
        <p>
          ${msg('Chữ ký số đã được xác nhận. Thông tin dưới đây được đọc từ chứng thư số và không sửa được ở đây.', {
            id: 'holder.intro',
          })}
        </p>
        <dvc-certificate-holder .holder=${holder}></dvc-certificate-holder>
        ${errorSummary(this.submitted ? this.summary() : [], this.renderRoot as ShadowRoot)}
        ${this.failures.render(() => this.emit({ type: 'restart-registration' }), { accountLinks: this.config })}
        ${textField({
          id: EMAIL_ID,
          label: emailField.label(),
          hint: this.emailRequired
            ? msg('Để nhận thông báo từ Cổng Dịch vụ công; bắt buộc với doanh nghiệp và cơ quan.', { id: 'holder.email.hint' })
            : emailField.hint!(),
          required: this.emailRequired,
          value: this.email,
          error: this.emailError(),
          ...emailField.input,
          onInput: (value) => {
            this.serverErrors = withoutServerError(this.serverErrors, EMAIL_ID);
            this.edit({ [EMAIL_ID]: value });
          },
          onBlur: () => afterPress(() => (this.touched = touchedOnLeave(this.touched, EMAIL_ID, this.email))),
        })}
        ${captchaField(this.captcha, {
          id: CAPTCHA_ID,
          error: this.captchaError(),
          onInput: (value) => {
            this.captcha.answer = value;
            this.serverErrors = withoutServerError(this.serverErrors, CAPTCHA_ID);
          },
          onBlur: () => afterPress(() => (this.touched = touchedOnLeave(this.touched, CAPTCHA_ID, this.captcha.answer))),
        })}
        <div class="actions">
          <button class="primary" type="submit" aria-disabled=${this.busy || this.failures.waiting ? 'true' : 'false'}>
            ${this.busy ? msg('Đang gửi…', { id: 'details.sending' }) : msg('Đăng ký', { id: 'details.submit' })}
          </button>
        </div>
      </form>
    `;
  }

  private readonly onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.busy || this.failures.waiting) return;
    this.submitted = true;
    this.captcha.renewed = false;
    if (this.summary().length > 0) {
      this.failures.clear();
      await focusErrorSummary(this);
      return;
    }
    await this.send();
  };

  private async send(): Promise<void> {
    const pending = this.state.results.remoteSigning;
    const captcha = this.captcha.captcha;
    const config = this.config;
    if (!pending || !captcha) return;
    this.busy = true;
    this.failures.clear();
    this.request?.abort();
    const request = (this.request = new AbortController());
    const email = this.email.trim();
    try {
      const api = await remoteSigningApi(config);
      const account = await api.createRemoteSigningAccount(
        pending.transactionId,
        { ...(email ? { email } : {}), captcha: { id: captcha.id, answer: this.captcha.answer.trim() } },
        { signal: request.signal },
      );
      this.emit({ type: 'next', results: { account } });
    } catch (error) {
      if (request.signal.aborted) return;
      await this.showFailure(asApiError(error));
    } finally {
      if (this.request === request) this.busy = false;
    }
  }

  private async showFailure(error: ApiError): Promise<void> {
    // Every answer that checked the captcha spent it (docs/openapi.yaml).
    if (error.status !== undefined && error.status >= 400 && error.status < 500 && error.code !== 'rate_limited') void this.captcha.refresh();
    const serverErrors: Record<string, Text> = {};
    if (error.code === 'captcha_invalid') serverErrors[CAPTCHA_ID] = () => problemMessage(error);
    for (const { field, code } of error.fieldErrors) {
      if (field === EMAIL_ID) serverErrors[EMAIL_ID] = () => fieldErrorMessage({ code, severity: 'error' }, EMAIL_ID);
    }
    this.serverErrors = serverErrors;
    if (Object.keys(serverErrors).length > 0) {
      this.failures.clear();
      await focusErrorSummary(this);
      return;
    }
    // "Try again" sends the same again; a captcha it spent is replaced first.
    await this.failures.show(error, () => void this.send());
  }
}

define('dvc-step-remote-holder', RemoteHolderStep);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-step-remote-holder': RemoteHolderStep;
  }
}
