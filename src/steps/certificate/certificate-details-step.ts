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
import { afterPress, messageAt, touchedOnLeave, withoutServerError } from '../../fields/shown-errors.js';
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
/** As loose as the details form's (src/steps/details/fields.ts): the mailbox itself is the real test. */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Step "certificate-details": the holder the backend read from the verified certificate, read-only,
 * and what the certificate lacks: email (required for organisations), phone, captcha. Then
 * "Đăng ký" creates the account. Email and phone are kept in the flow as they are typed. As on the
 * details form, a field left with something wrong in it says so at once; an empty one waits for
 * "Đăng ký".
 */
export class CertificateDetailsStep extends StepElement {
  static override styles = [
    ...StepElement.styles,
    fieldStyles,
    alertStyles,
    captchaStyles,
  ];

  @state() private submitted = false;
  /** Fields left with something typed in them: their problems show from then on. */
  @state() private touched = new Set<string>();
  /** What the backend said about a field, worded at render time so a language switch re-words it. */
  @state() private serverErrors: Partial<Record<string, Text>> = {};
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
    const problems = this.check();
    const errorAt = (id: string): string | undefined => messageAt(id, this.serverErrors, this.submitted, this.touched, () => problems[id]?.());
    const summary = this.submitted
      ? [EMAIL, PHONE, CAPTCHA].flatMap((fieldId) => {
          const message = errorAt(fieldId);
          return message ? [{ fieldId, message }] : [];
        })
      : [];
    return html`
      <form novalidate @submit=${this.onSubmit} aria-busy=${this.busy ? 'true' : 'false'}>
        <h3 tabindex="-1">${msg('Xác nhận thông tin đăng ký', { id: 'certificate-details.heading' })}</h3>
        <p>${msg('Thông tin dưới đây được đọc từ chứng thư số đã xác thực và không sửa được. Hãy bổ sung thông tin liên hệ.', { id: 'certificate-details.intro' })}</p>
        <dvc-certificate-holder .holder=${registration?.holder}></dvc-certificate-holder>
        ${errorSummary(summary, this.renderRoot as ShadowRoot)} ${this.failure.render(
          // The registration the signature started is gone: a new signature starts another, from
          // the signing step (the plugin was checked already). What was typed here is kept.
          () => this.emit({ type: 'go-to', step: 'usb-sign' }),
          {
            restartWords: {
              message: msg('Phiên đăng ký đã hết hạn. Hãy ký số lại bằng USB ký số để bắt đầu lại; email và số điện thoại bạn đã nhập vẫn được giữ.', {
                id: 'certificate-details.expired',
              }),
              action: msg('Ký số lại', { id: 'certificate-details.sign-again' }),
            },
            accountLinks: this.config,
          },
        )}
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
          error: errorAt(EMAIL),
          onInput: (value) => this.input(EMAIL, value),
          onBlur: () => afterPress(() => (this.touched = touchedOnLeave(this.touched, EMAIL, v['email'] ?? ''))),
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
          error: errorAt(PHONE),
          onInput: (value) => this.input(PHONE, value),
          onBlur: () => afterPress(() => (this.touched = touchedOnLeave(this.touched, PHONE, v['phone'] ?? ''))),
        })}
        ${captchaField(this.captcha, {
          id: CAPTCHA,
          error: errorAt(CAPTCHA),
          onInput: (value) => {
            this.captcha.answer = value;
            this.serverErrors = withoutServerError(this.serverErrors, CAPTCHA);
          },
          onBlur: () => afterPress(() => (this.touched = touchedOnLeave(this.touched, CAPTCHA, this.captcha.answer))),
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
    this.serverErrors = withoutServerError(this.serverErrors, field);
  }

  /** Every field's problem now, whether it shows yet or not. */
  private check(): Partial<Record<string, Text>> {
    const v = this.state.values;
    const errors: Partial<Record<string, Text>> = {};
    const email = (v['email'] ?? '').trim();
    if (email === '' && this.emailRequired) errors[EMAIL] = () => issueMessage({ code: 'required' }, 'email');
    else if (email !== '' && (email.length > 254 || !EMAIL_PATTERN.test(email))) errors[EMAIL] = () => issueMessage({ code: 'email.invalid' });
    const phone = (v['phone'] ?? '').trim();
    if (phone !== '') {
      const parsed = parsePhone(phone);
      const issue = parsed.issues.find((i) => i.severity === 'error');
      if (issue) errors[PHONE] = () => issueMessage(issue, 'phone');
    }
    // A code the backend replaced after a refusal is not the person's to blame: its hint says to
    // enter the new one, until the next "Đăng ký" (submit() clears `renewed`).
    if (!this.captcha.renewed && this.captcha.answer.trim() === '') errors[CAPTCHA] = () => issueMessage({ code: 'required' }, 'captcha');
    return errors;
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    void this.submit();
  }

  private async submit(): Promise<void> {
    if (this.busy || this.failure.waiting) return;
    this.submitted = true;
    this.captcha.renewed = false;
    this.serverErrors = {};
    if (Object.values(this.check()).some(Boolean)) {
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
      this.serverErrors = { ...this.serverErrors, [CAPTCHA]: () => problemMessage(error) };
      await focusErrorSummary(this);
      return;
    }
    const fieldErrors: Partial<Record<string, Text>> = {};
    for (const f of error.fieldErrors) {
      const field = f.field;
      if (field === EMAIL || field === PHONE) fieldErrors[field] = () => issueMessage({ code: f.code }, field);
    }
    if (Object.keys(fieldErrors).length > 0) {
      this.serverErrors = { ...this.serverErrors, ...fieldErrors };
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
