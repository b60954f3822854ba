import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { asApiError } from '../../api/errors.js';
import { problemMessage } from '../../api/messages.js';
import { alertBox, alertStyles } from '../../fields/alert.js';
import { errorSummary, focusErrorSummary, SubmittedSummary, type SummaryItem } from '../../fields/error-summary.js';
import { fieldStyles } from '../../fields/field-styles.js';
import { errorPrefix } from '../../fields/messages.js';
import { requiredMark, textField } from '../../fields/text-field.js';
import { define } from '../../register/define.js';
import { checkPassword, type PasswordResult } from '../../validation/rules.js';
import { issueMessage, passwordRuleLabel } from '../../validation/messages.js';
import { fieldErrorMessage, knownFieldCode } from '../details/field-messages.js';
import { accountLinks, FailureController } from '../failure-alert.js';
import { wordsOf, type Text } from '../../localization/text.js';
import { StepElement } from '../step-element.js';

const PASSWORD_ID = 'password';
const CONFIRM_ID = 'password-confirm';
/** How long typing must pause before the rule count is announced: never on every keystroke. */
const ANNOUNCE_AFTER_MS = 1200;

/**
 * Step "password": the account's password and its confirmation, with the rules shown before typing
 * and ticked live. Both values are secrets: they live only in this step and go only to setPassword.
 */
export class PasswordStep extends StepElement {
  static override styles = [
    ...StepElement.styles,
    fieldStyles,
    alertStyles,
    css`
      .password-row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: stretch;
      }
      .password-row input {
        flex: 1 1 12rem;
        min-width: 0;
      }
      .password-row button {
        /* May shrink and wrap its words on a narrow screen with large text. */
        flex: 0 1 auto;
        min-width: 0;
      }
      .password-row button[aria-pressed='true'] {
        background: var(--_selected-surface);
        border-color: var(--_selected);
        color: var(--_selected);
      }
      .rules {
        list-style: none;
        padding: 0;
        margin: 0 0 calc(var(--_space) * 1.25);
      }
      .rules li {
        display: flex;
        gap: 0.5rem;
        align-items: baseline;
      }
      .rules .mark {
        display: inline-block;
        width: 1.25rem;
        text-align: center;
        font-weight: 700;
      }
      .rules .passed .mark {
        color: var(--_success);
      }
      .rules .failed .mark,
      .rules .pending .mark {
        color: var(--_muted);
      }
    `,
  ];

  @state() private password = '';
  @state() private confirm = '';
  @state() private visible = false;
  @state() private submitted = false;
  @state() private busy = false;
  /** The backend's refusal of the password, worded at render time so a language switch re-words it. */
  @state() private serverError: Text | undefined;
  private readonly failure = new FailureController(this);
  /** How many rules the password meets, said politely (worded at render time). */
  @state() private status: Text | undefined;

  private readonly summary = new SubmittedSummary(this);
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private request: AbortController | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
    this.request?.abort();
  }

  /** What the person will sign in with, for the password manager to save with the password. */
  private get username(): string {
    return this.state.results.registration?.username ?? this.state.values['idNumber'] ?? '';
  }

  private check(): PasswordResult {
    const policy = this.state.results.passwordPolicy;
    const { idNumber, phone, fullName } = this.state.values;
    // The ID number may come from the social-insurance record (the user name) rather than the form.
    return checkPassword(this.password, {
      identity: { idNumber: idNumber ?? this.state.results.registration?.username, phone, name: fullName },
      ...(policy ? { minLength: policy.minLength, specials: policy.specials } : {}),
      ...(policy?.maxLength ? { maxLength: policy.maxLength } : {}),
    });
  }

  override render(): TemplateResult {
    const result = this.check();
    const passwordError = this.passwordError(result);
    const confirmError = this.confirmError();
    // Nothing typed yet: no rule is met or missed, so none shows a tick or a circle.
    const untyped = this.password === '';
    return html`
      <form novalidate @submit=${this.submit} aria-busy=${this.busy ? 'true' : 'false'}>
        <h3 tabindex="-1">${msg('Đặt mật khẩu', { id: 'password.heading' })}</h3>
        ${errorSummary(this.summary.items, this.renderRoot as ShadowRoot)} ${this.renderFailure()}
        ${textField({
          id: 'username',
          label: msg('Tên đăng nhập', { id: 'password.username' }),
          hint: msg('Tên bạn sẽ dùng để đăng nhập; ô này chỉ để xem, không sửa được.', { id: 'password.username-hint' }),
          required: false,
          readonly: true,
          value: this.username,
          autocomplete: 'username',
          width: 'short',
        })}
        ${this.passwordInput(PASSWORD_ID, msg('Mật khẩu', { id: 'password.label' }), this.password, passwordError, (v) => {
          this.password = v;
          this.serverError = undefined;
          this.scheduleAnnouncement();
        }, 'password-rules', this.visibilityToggle())}
        <p class="label" id="password-rules-title">${msg('Mật khẩu cần có:', { id: 'password.rules-title' })}</p>
        <ul class="rules" id="password-rules" aria-labelledby="password-rules-title">
          ${result.rules.map(
            (rule) => html`<li class=${untyped ? 'pending' : rule.passed ? 'passed' : 'failed'}>
              <span class="mark" aria-hidden="true">${untyped ? '•' : rule.passed ? '✓' : '○'}</span>
              <span>${passwordRuleLabel(rule)}</span>
              ${untyped
                ? nothing
                : html`<span class="visually-hidden"
                    >${rule.passed ? msg('(đã đạt)', { id: 'password.rule-passed' }) : msg('(chưa đạt)', { id: 'password.rule-failed' })}</span
                  >`}
            </li>`,
          )}
        </ul>
        ${this.passwordInput(CONFIRM_ID, msg('Nhập lại mật khẩu', { id: 'password.confirm-label' }), this.confirm, confirmError, (v) => {
          this.confirm = v;
        })}
        <div class="actions">
          <button class="primary" type="submit" aria-disabled=${this.busy || this.failure.waiting ? 'true' : 'false'}>
            ${this.busy ? msg('Đang tạo tài khoản…', { id: 'password.creating' }) : msg('Hoàn tất đăng ký', { id: 'password.submit' })}
          </button>
        </div>
        <p class="visually-hidden" role="status">${wordsOf(this.status)}</p>
      </form>
    `;
  }

  private renderFailure(): TemplateResult | typeof nothing {
    const failure = this.failure.error;
    // The account was made meanwhile (another tab, a retried request): sign in or recover, as on the details step.
    if (failure?.code === 'account_exists' && this.config) return alertBox('error', problemMessage(failure), accountLinks(this.config));
    return this.failure.render(() => this.emit({ type: 'restart-registration' }));
  }

  private passwordInput(
    id: string,
    label: string,
    value: string,
    error: string | undefined,
    onInput: (value: string) => void,
    describedBy?: string,
    beside?: TemplateResult,
  ): TemplateResult {
    const errorId = `${id}-error`;
    const ids = [error ? errorId : '', describedBy ?? ''].filter(Boolean).join(' ');
    return html`
      <div class="field" ?data-user-invalid=${Boolean(error)}>
        <label for=${id}>${label}${requiredMark(true)}</label>
        ${error
          ? html`<span class="error-message" id=${errorId}><span class="error-prefix">${errorPrefix()}</span> ${error}</span>`
          : nothing}
        <div class="password-row">
          <input
            id=${id}
            name=${id}
            type=${this.visible ? 'text' : 'password'}
            autocomplete="new-password"
            autocapitalize="off"
            spellcheck="false"
            .value=${live(value)}
            aria-invalid=${error ? 'true' : nothing}
            aria-describedby=${ids || nothing}
            @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
          />
          ${beside ?? nothing}
        </div>
      </div>
    `;
  }

  /** "Hiện mật khẩu" belongs to the field it reveals: a toggle beside it, for both inputs. */
  private visibilityToggle(): TemplateResult {
    return html`<button
      type="button"
      class="secondary"
      aria-pressed=${this.visible ? 'true' : 'false'}
      aria-controls="${PASSWORD_ID} ${CONFIRM_ID}"
      @click=${() => (this.visible = !this.visible)}
    >
      ${msg('Hiện mật khẩu', { id: 'password.show' })}
    </button>`;
  }

  /** Freezes the error summary at this submit; it keeps no secret, only which rule failed. */
  private takeSummary(): void {
    const serverError = this.serverError;
    const issue = this.check().issues.find((i) => i.severity === 'error');
    const confirm = this.confirm === '' ? 'required' : this.confirm !== this.password ? 'mismatch' : undefined;
    this.summary.set(() => {
      const items: SummaryItem[] = [];
      const passwordMessage = serverError?.() ?? (issue ? issueMessage(issue, 'password') : undefined);
      if (passwordMessage) items.push({ fieldId: PASSWORD_ID, message: passwordMessage });
      if (confirm === 'required') items.push({ fieldId: CONFIRM_ID, message: msg('Nhập lại mật khẩu để xác nhận.', { id: 'password.confirm-required' }) });
      if (confirm === 'mismatch') items.push({ fieldId: CONFIRM_ID, message: issueMessage({ code: 'password.confirm_mismatch' }) });
      return items;
    });
  }

  private passwordError(result: PasswordResult): string | undefined {
    if (this.serverError) return this.serverError();
    if (!this.submitted) return undefined;
    const issue = result.issues.find((i) => i.severity === 'error');
    if (!issue) return undefined;
    return issueMessage(issue, 'password');
  }

  private confirmError(): string | undefined {
    if (!this.submitted) return undefined;
    if (this.confirm === '') return msg('Nhập lại mật khẩu để xác nhận.', { id: 'password.confirm-required' });
    if (this.confirm !== this.password) return issueMessage({ code: 'password.confirm_mismatch' });
    return undefined;
  }

  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const rules = this.check().rules;
      const passed = rules.filter((r) => r.passed).length;
      this.status = () =>
        passed === rules.length
          ? msg('Mật khẩu đạt mọi yêu cầu.', { id: 'password.all-passed' })
          : msg(str`Mật khẩu đạt ${passed} trên ${rules.length} yêu cầu.`, { id: 'password.some-passed' });
    }, ANNOUNCE_AFTER_MS);
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    if (this.failure.waiting) return void this.failure.focus();
    this.submitted = true;
    this.failure.clear();
    this.takeSummary();
    if (!this.check().ok || this.confirmError()) {
      await focusErrorSummary(this);
      return;
    }
    const registration = this.state.results.registration;
    if (!this.api || !registration) return;
    this.busy = true;
    const request = (this.request = new AbortController());
    try {
      const account = await this.api.setPassword(registration.id, this.password, { signal: request.signal });
      this.password = '';
      this.confirm = '';
      this.emit({ type: 'next', results: { account } });
    } catch (error) {
      if (request.signal.aborted) return;
      const failure = asApiError(error);
      const passwordCodes = failure.fieldErrors.filter((e) => e.field === 'password').map((e) => e.code);
      if (failure.code === 'password_rejected') {
        // A rule of the backend's that the widget does not know gets the general "not accepted".
        const known = passwordCodes.filter(knownFieldCode);
        // The backend names a rule, not its number: the policy it sent says how many characters.
        const p = this.state.results.passwordPolicy;
        const params = p && { min: p.minLength, max: p.maxLength, specials: p.specials };
        this.serverError = () =>
          known.length > 0 ? known.map((code) => fieldErrorMessage({ code, severity: 'error', params })).join(' ') : problemMessage(failure);
        this.takeSummary();
        await focusErrorSummary(this);
      } else {
        // "Try again" sends the same password again: the form still holds it.
        await this.failure.show(failure, () => void this.submit(new Event('submit')));
      }
    } finally {
      this.busy = false;
    }
  }
}

define('dvc-step-password', PasswordStep);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-step-password': PasswordStep;
  }
}
