import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { state } from 'lit/decorators.js';
import { ApiError } from '../../api/errors.js';
import { isRetryable, problemMessage } from '../../api/messages.js';
import { alertBox, alertStyles } from '../../fields/alert.js';
import { CaptchaController, captchaField } from '../../fields/captcha.js';
import { Countdown, formatSeconds } from '../../fields/countdown.js';
import { errorSummary, focusErrorSummary, type SummaryItem } from '../../fields/error-summary.js';
import { fieldStyles } from '../../fields/field-styles.js';
import { textField } from '../../fields/text-field.js';
import { define } from '../../register/define.js';
import { StepElement } from '../step-element.js';
import { fieldErrorMessage } from './field-messages.js';
import type { FieldSpec, FormSpec } from './form-spec.js';
import { formFor } from './forms.js';

const CAPTCHA_ID = 'captcha';

/**
 * Step "details": the chosen method's form, its captcha, and "Đăng ký", which starts the
 * registration (the backend then sends the OTP). Every keystroke is stored in the flow at once,
 * so a failed request, a locale switch or a step back never loses anything.
 */
export class DetailsStep extends StepElement {
  static override styles = [
    ...StepElement.styles,
    fieldStyles,
    alertStyles,
    css`
      .captcha-image {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.75rem;
        margin-bottom: 0.75rem;
      }
      .captcha-image img {
        border: 1px solid var(--_border);
        border-radius: 4px;
      }
      .captcha-placeholder {
        display: inline-flex;
        align-items: center;
        width: 160px;
        height: 50px;
        color: var(--_muted);
      }
    `,
  ];

  /** Fields the person has left after typing in them: their errors show from then on. */
  @state() private touched = new Set<string>();
  @state() private submitted = false;
  @state() private busy = false;
  /** Messages the backend gave about single fields, until the person edits that field. */
  @state() private serverErrors: Record<string, string> = {};
  /** A failure of the whole request (not of one field). */
  @state() private failure: ApiError | undefined;

  private readonly captcha = new CaptchaController(this, () => this.api);
  private readonly retryWait = new Countdown(this);
  private request: AbortController | undefined;

  private get form(): FormSpec {
    return formFor(this.state.method);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.request?.abort();
  }

  override render(): TemplateResult {
    const summary = this.submitted ? this.summaryItems() : [];
    return html`
      <form novalidate @submit=${this.submit} aria-busy=${this.busy ? 'true' : 'false'}>
        <h3 tabindex="-1">${msg('Nhập thông tin đăng ký', { id: 'details.heading' })}</h3>
        <p class="hint">${msg('Các ô có dấu * là bắt buộc.', { id: 'details.required-note' })}</p>
        ${errorSummary(summary, this.renderRoot as ShadowRoot)} ${this.renderFailure()}
        ${this.form.fields.map((field) => this.renderField(field))}
        ${this.registrationReused()
          ? nothing
          : captchaField(this.captcha, {
              id: CAPTCHA_ID,
              error: this.visibleError(CAPTCHA_ID),
              onInput: (value) => {
                this.captcha.answer = value;
                this.clearServerError(CAPTCHA_ID);
              },
              onBlur: () => this.touch(CAPTCHA_ID),
            })}
        <div class="actions">
          <button class="primary" type="submit" aria-disabled=${this.busy || this.retryWait.running ? 'true' : 'false'}>
            ${this.busy ? msg('Đang gửi…', { id: 'details.sending' }) : msg('Đăng ký', { id: 'details.submit' })}
          </button>
        </div>
      </form>
    `;
  }

  private renderField(field: FieldSpec): TemplateResult {
    const raw = this.state.values[field.name] ?? '';
    const { error, warning } = this.fieldProblems(field);
    const show = this.shows(field.name);
    return textField({
      id: field.name,
      label: field.label(),
      hint: field.hint?.(),
      required: this.isRequired(field),
      value: raw,
      ...field.input,
      error: this.serverErrors[field.name] ?? (show ? error : undefined),
      // Warnings (e.g. a CCCD that does not match the birth year) inform but never block.
      warning: show || raw !== '' ? warning : undefined,
      onInput: (value) => {
        this.edit({ [field.name]: value });
        this.clearServerError(field.name);
      },
      onBlur: () => this.touch(field.name),
    });
  }

  private renderFailure(): TemplateResult | typeof nothing {
    const failure = this.failure;
    if (!failure) return nothing;
    const config = this.config;
    if (failure.code === 'account_exists' && config) {
      return alertBox(
        'error',
        problemMessage(failure),
        html`<a class="button secondary" href=${config.forgotPasswordUrl}>${msg('Lấy lại mật khẩu', { id: 'details.forgot-password' })}</a>
          <a class="button secondary" href=${config.signInUrl}>${msg('Đăng nhập', { id: 'action.sign-in' })}</a>`,
      );
    }
    if (failure.code === 'rate_limited') {
      // The ticking time stays outside the alert: a live region would read out every second.
      return html`${alertBox('error', problemMessage(failure))}
        <p class="hint" aria-hidden=${this.retryWait.running ? 'false' : 'true'}>
          ${this.retryWait.running
            ? html`${msg('Thử lại sau', { id: 'details.retry-in' })} <strong>${formatSeconds(this.retryWait.remaining)}</strong>`
            : nothing}
        </p>
        <p class="hint" role="status">
          ${this.retryWait.running ? nothing : msg('Bạn có thể thử lại ngay bây giờ.', { id: 'details.retry-now' })}
        </p>`;
    }
    return alertBox(
      'error',
      problemMessage(failure),
      isRetryable(failure)
        ? html`<button type="submit" class="secondary">${msg('Thử lại', { id: 'action.retry' })}</button>`
        : undefined,
    );
  }

  /** The registration already started for exactly these details: going on needs no new OTP, nor a captcha. */
  private registrationReused(): boolean {
    const registration = this.state.results.registration;
    const checked = this.checkAll();
    return Boolean(registration && checked.ok && registration.fingerprint === this.fingerprint(checked.normalized));
  }

  private isRequired(field: FieldSpec): boolean {
    return this.config ? field.required(this.config) : true;
  }

  private fieldProblems(field: FieldSpec): { error?: string; warning?: string } {
    const raw = (this.state.values[field.name] ?? '').trim();
    if (raw === '') return this.isRequired(field) ? { error: fieldErrorMessage({ code: 'required', severity: 'error' }, field.name) } : {};
    const result = field.check(this.state.values[field.name] ?? '', this.state.values);
    const error = result.issues.find((i) => i.severity === 'error');
    const warning = result.issues.find((i) => i.severity === 'warning');
    return {
      error: error ? fieldErrorMessage(error) : undefined,
      warning: warning ? fieldErrorMessage(warning) : undefined,
    };
  }

  private checkAll(): { ok: boolean; normalized: Record<string, string> } {
    const normalized: Record<string, string> = {};
    let ok = true;
    for (const field of this.form.fields) {
      const raw = this.state.values[field.name] ?? '';
      if (raw.trim() === '') {
        if (this.isRequired(field)) ok = false;
        continue;
      }
      const result = field.check(raw, this.state.values);
      if (result.ok && result.value !== undefined) normalized[field.name] = result.value;
      else ok = false;
    }
    return { ok, normalized };
  }

  private fingerprint(normalized: Record<string, string>): string {
    return JSON.stringify([this.state.subject, this.state.method, normalized]);
  }

  private shows(name: string): boolean {
    return this.submitted || this.touched.has(name);
  }

  private visibleError(name: string): string | undefined {
    if (this.serverErrors[name]) return this.serverErrors[name];
    if (name === CAPTCHA_ID && this.shows(name) && this.captcha.answer.trim() === '') {
      return fieldErrorMessage({ code: 'required', severity: 'error' }, CAPTCHA_ID);
    }
    return undefined;
  }

  private summaryItems(): SummaryItem[] {
    const items: SummaryItem[] = [];
    for (const field of this.form.fields) {
      const message = this.serverErrors[field.name] ?? this.fieldProblems(field).error;
      if (message) items.push({ fieldId: field.name, message });
    }
    if (!this.registrationReused()) {
      const captchaError = this.visibleError(CAPTCHA_ID);
      if (captchaError) items.push({ fieldId: CAPTCHA_ID, message: captchaError });
    }
    return items;
  }

  private touch(name: string): void {
    // Leaving an empty field untouched-by-typing shows nothing yet: people tab through forms.
    const typed = name === CAPTCHA_ID ? this.captcha.answer : (this.state.values[name] ?? '');
    if (typed.trim() !== '' && !this.touched.has(name)) this.touched = new Set(this.touched).add(name);
  }

  private clearServerError(name: string): void {
    if (!(name in this.serverErrors)) return;
    const { [name]: _gone, ...rest } = this.serverErrors;
    this.serverErrors = rest;
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    // A second press while the request is on its way, or during a rate-limit wait, sends nothing.
    if (this.busy || this.retryWait.running) return;
    this.submitted = true;
    const checked = this.checkAll();
    if (this.summaryItems().length > 0 || !checked.ok) {
      this.failure = undefined;
      await focusErrorSummary(this);
      return;
    }
    const fingerprint = this.fingerprint(checked.normalized);
    if (this.state.results.registration?.fingerprint === fingerprint) {
      // Back from the OTP step with nothing changed: the code already sent is still the one to type.
      this.emit({ type: 'next' });
      return;
    }
    const api = this.api;
    const captcha = this.captcha.captcha;
    if (!api || !this.state.subject || !this.state.method || !captcha) return;

    this.busy = true;
    this.failure = undefined;
    this.request?.abort();
    const request = (this.request = new AbortController());
    try {
      const registration = await api.startRegistration(
        {
          subject: this.state.subject,
          method: this.state.method,
          details: this.form.details(checked.normalized),
          captcha: { id: captcha.id, answer: this.captcha.answer.trim() },
        },
        { signal: request.signal },
      );
      this.emit({ type: 'next', results: { registration: { id: registration.id, otp: registration.otp, fingerprint } } });
    } catch (error) {
      if (request.signal.aborted) return;
      await this.showFailure(error instanceof ApiError ? error : new ApiError({ code: 'network' }));
    } finally {
      if (this.request === request) this.busy = false;
    }
  }

  private async showFailure(error: ApiError): Promise<void> {
    // The backend spends a captcha on every answer it checked: ask for a fresh one.
    const captchaSpent = error.status !== undefined && error.status >= 400 && error.status < 500 && error.code !== 'rate_limited';
    if (captchaSpent) void this.captcha.refresh();

    const fieldNames = new Set([...this.form.fields.map((f) => f.name), CAPTCHA_ID]);
    const serverErrors: Record<string, string> = {};
    if (error.code === 'captcha_invalid') serverErrors[CAPTCHA_ID] = problemMessage(error);
    for (const { field, code } of error.fieldErrors) {
      if (fieldNames.has(field) && code !== 'account_exists') serverErrors[field] = fieldErrorMessage({ code, severity: 'error' });
    }
    this.serverErrors = serverErrors;

    if (Object.keys(serverErrors).length > 0 && error.code !== 'account_exists') {
      this.failure = undefined;
      await focusErrorSummary(this);
      return;
    }
    this.failure = error;
    if (error.code === 'rate_limited') this.retryWait.start(error.retryAfter ?? 60);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-alert]')?.focus();
  }
}

define('dvc-step-details', DetailsStep);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-step-details': DetailsStep;
  }
}
