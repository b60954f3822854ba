import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { ApiError, asApiError } from '../../api/errors.js';
import { problemMessage } from '../../api/messages.js';
// Arrived before this step (fetched with the USB steps, src/steps/certificate/certificate-client.ts).
import { certificateApiFor } from '../../api/fetch-certificate-registration.js';
import { currentLocale } from '../../localization/locale.js';
import { alertStyles } from '../../fields/alert.js';
import { CaptchaController, captchaField, captchaStyles } from '../../fields/captcha.js';
import { errorSummary, focusErrorSummary } from '../../fields/error-summary.js';
import { fieldStyles } from '../../fields/field-styles.js';
import { textField } from '../../fields/text-field.js';
import { define } from '../../register/define.js';
import { parsePhone } from '../../validation/rules.js';
import { issueMessage } from '../../validation/messages.js';
import { FailureController } from '../failure-alert.js';
import { StepElement } from '../step-element.js';
import type { Text } from '../../localization/text.js';
import '../../fields/certificate-holder.js';

const EMAIL = 'email';
const PHONE = 'phone';
const CAPTCHA = 'captcha';
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Step "certificate-details": the holder the backend read from the verified certificate, read-only,
 * and what the certificate lacks: email (required for organisations), phone, captcha. Then
 * "Đăng ký" creates the account. Email and phone are kept in the flow as they are typed.
 */
export class CertificateDetailsStep extends StepElement {
  static override styles = [
    ...StepElement.styles,
    fieldStyles,
    alertStyles,
    captchaStyles,
  ];

  /** Problems by field as of the last submit, worded at render time so a language switch re-words them. */
  @state() private errors: Partial<Record<string, Text>> = {};
  @state() private busy = false;
  private readonly captcha = new CaptchaController(this, () => this.api);
  private readonly failure = new FailureController(this);
  private abort: AbortController | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  private get emailRequired(): boolean {
    return this.state.results.certificateRegistration?.holder.kind === 'organization' || this.config?.email === 'required';
  }

  override render(): TemplateResult {
    const registration = this.state.results.certificateRegistration;
    const v = this.state.values;
    const summary = Object.entries(this.errors)
      .filter((e): e is [string, Text] => Boolean(e[1]))
      .map(([fieldId, message]) => ({ fieldId, message: message() }));
    return html`
      <form novalidate @submit=${this.onSubmit} aria-busy=${this.busy ? 'true' : 'false'}>
        <h3 tabindex="-1">${msg('Xác nhận thông tin đăng ký', { id: 'certificate-details.heading' })}</h3>
        <p>${msg('Thông tin dưới đây được đọc từ chứng thư số đã xác thực và không sửa được. Hãy bổ sung thông tin liên hệ.', { id: 'certificate-details.intro' })}</p>
        <dvc-certificate-holder .holder=${registration?.holder}></dvc-certificate-holder>
        ${errorSummary(summary, this.renderRoot as ShadowRoot)} ${this.failure.render(() => this.emit({ type: 'restart-registration' }))}
        ${textField({
          id: EMAIL,
          type: 'email',
          label: msg('Email', { id: 'certificate-details.email' }),
          hint: this.emailRequired
            ? msg('Cổng gửi thông báo về tài khoản của tổ chức đến địa chỉ này.', { id: 'certificate-details.email.hint-org' })
            : msg('Không bắt buộc. Dùng để nhận thông báo và lấy lại tài khoản.', { id: 'certificate-details.email.hint' }),
          required: this.emailRequired,
          value: v['email'] ?? '',
          autocomplete: 'email',
          inputmode: 'email',
          spellcheck: false,
          error: this.errors[EMAIL]?.(),
          onInput: (value) => this.input(EMAIL, value),
        })}
        ${textField({
          id: PHONE,
          type: 'tel',
          label: msg('Số điện thoại di động', { id: 'certificate-details.phone' }),
          hint: msg('Không bắt buộc.', { id: 'certificate-details.phone.hint' }),
          required: false,
          value: v['phone'] ?? '',
          autocomplete: 'tel',
          inputmode: 'tel',
          error: this.errors[PHONE]?.(),
          onInput: (value) => this.input(PHONE, value),
        })}
        ${captchaField(this.captcha, {
          id: CAPTCHA,
          error: this.errors[CAPTCHA]?.(),
          onInput: (value) => {
            this.captcha.answer = value;
            this.errors = { ...this.errors, [CAPTCHA]: undefined };
          },
          onBlur: () => undefined,
        })}
        <div class="actions">
          <button class="primary" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
            ${this.busy ? msg('Đang đăng ký…', { id: 'certificate-details.busy' }) : msg('Đăng ký', { id: 'certificate-details.submit' })}
          </button>
        </div>
        ${registration ? nothing : html`<p role="alert">${msg('Chưa có chữ ký số. Hãy quay lại bước ký số.', { id: 'certificate-details.no-registration' })}</p>`}
      </form>
    `;
  }

  private input(field: string, value: string): void {
    this.edit({ [field]: value });
    this.errors = { ...this.errors, [field]: undefined };
  }

  private check(): Partial<Record<string, Text>> {
    const v = this.state.values;
    const errors: Partial<Record<string, Text>> = {};
    const email = (v['email'] ?? '').trim();
    if (email === '' && this.emailRequired) errors[EMAIL] = () => issueMessage({ code: 'required' }, 'email');
    else if (email !== '' && !EMAIL_PATTERN.test(email)) errors[EMAIL] = () => issueMessage({ code: 'email.invalid' });
    const phone = (v['phone'] ?? '').trim();
    if (phone !== '') {
      const parsed = parsePhone(phone);
      const issue = parsed.issues.find((i) => i.severity === 'error');
      if (issue) errors[PHONE] = () => issueMessage(issue, 'phone');
    }
    if (this.captcha.answer.trim() === '') errors[CAPTCHA] = () => issueMessage({ code: 'required' }, 'captcha');
    return errors;
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    void this.submit();
  }

  private async submit(): Promise<void> {
    if (this.busy || this.failure.waiting) return;
    const errors = this.check();
    this.errors = errors;
    if (Object.values(errors).some(Boolean)) {
      this.failure.clear();
      await focusErrorSummary(this);
      return;
    }
    const registration = this.state.results.certificateRegistration;
    const captcha = this.captcha.captcha;
    if (!registration || !captcha) return;
    const v = this.state.values;
    const email = (v['email'] ?? '').trim();
    const phone = (v['phone'] ?? '').trim();
    this.busy = true;
    this.failure.clear();
    const abort = (this.abort = new AbortController());
    try {
      const account = await certificateApiFor(this.api, this.config, currentLocale).completeRegistration(
        registration.id,
        {
          ...(email ? { email } : {}),
          ...(phone ? { phone: parsePhone(phone).value! } : {}),
          captcha: { id: captcha.id, answer: this.captcha.answer.trim() },
        },
        { signal: abort.signal },
      );
      this.emit({ type: 'next', results: { account } });
    } catch (error) {
      if (abort.signal.aborted) return;
      await this.showFailure(asApiError(error));
    } finally {
      this.busy = false;
    }
  }

  private async showFailure(error: ApiError): Promise<void> {
    // The backend spends a captcha on every answer it checked: a fresh image, every value kept.
    if (error.status !== undefined && error.status >= 400 && error.status < 500 && error.code !== 'rate_limited') void this.captcha.refresh();
    if (error.code === 'captcha_invalid') {
      this.errors = { ...this.errors, [CAPTCHA]: () => problemMessage(error) };
      await focusErrorSummary(this);
      return;
    }
    const fieldErrors: Partial<Record<string, Text>> = {};
    for (const f of error.fieldErrors) {
      const field = f.field;
      if (field === EMAIL || field === PHONE) fieldErrors[field] = () => issueMessage({ code: f.code }, field);
    }
    if (Object.keys(fieldErrors).length > 0) {
      this.errors = { ...this.errors, ...fieldErrors };
      await focusErrorSummary(this);
      return;
    }
    await this.failure.show(error, () => void this.submit());
  }
}

define('dvc-step-certificate-details', CertificateDetailsStep);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-step-certificate-details': CertificateDetailsStep;
  }
}
