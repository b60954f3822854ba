import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { state } from 'lit/decorators.js';
import { ApiError, asApiError } from '../../api/errors.js';
import { problemMessage } from '../../api/messages.js';
import { alertBox, alertStyles } from '../../fields/alert.js';
import { CaptchaController, captchaField, captchaStyles, captchaUnavailable, refreshButtonId } from '../../fields/captcha.js';
import { choiceGroup } from '../../fields/choice-group-element.js';
import { errorSummary, focusErrorSummary, SubmittedSummary, type SummaryItem } from '../../fields/error-summary.js';
import { fieldStyles } from '../../fields/field-styles.js';
import { requiredMark, textField } from '../../fields/text-field.js';
import { afterPress, messageAt, touchedOnLeave, withoutServerError } from '../../fields/shown-errors.js';
import type {} from '../../fields/address-picker/address-picker.js';
import { define } from '../../register/define.js';
import { accountLinks, FailureController } from '../failure-alert.js';
import { StepElement } from '../step-element.js';
import { errorTarget } from './field-ids.js';
import { fieldErrorMessage, mismatchMessage } from './field-messages.js';
import { checkForm, errorsOf, warningOf, type FieldProblem } from './form-check.js';
import { ADDRESS_PARTS, addressOf, type AddressFieldSpec, type AddressPart, type ChoiceFieldSpec, type FieldSpec, type FormSpec, type TextFieldSpec } from './form-spec.js';
import { formFor } from './forms.js';
import type { Text } from '../../localization/text.js';
import type { Values } from '../../flow/flow.js';

const CAPTCHA_ID = 'captcha';
/** The one field whose availability is checked as it is typed (usernameField in fields.ts). */
const USERNAME_ID = 'username';
/** How long typing must pause before a username is checked with the backend. */
const AVAILABILITY_DELAY_MS = 500;

type Availability = { readonly value: string; readonly status: 'checking' | 'available' | 'taken' | 'unknown' };

/** What the error summary is made from: the form as it was at the last submit. */
interface SubmittedForm {
  readonly values: Values;
  readonly captchaAnswer: string;
  /** The captcha was replaced after a refusal (a hint, not an error, until the next submit). */
  readonly captchaRenewed: boolean;
  /** Why there is no captcha to answer, if so. */
  readonly captchaUnavailable: Text | undefined;
  readonly serverErrors: Readonly<Record<string, Text>>;
  /** Fields whose value the backend had said is taken. */
  readonly taken: ReadonlySet<string>;
  readonly reused: boolean;
}

/**
 * Step "details": the chosen method's form, its captcha, and "Đăng ký", which starts the
 * registration. Every keystroke is stored in the flow at once, so a failed request, a locale switch
 * or a step back never loses anything.
 */
export class DetailsStep extends StepElement {
  static override styles = [
    ...StepElement.styles,
    fieldStyles,
    alertStyles,
    captchaStyles,
    css`
      dvc-address-picker {
        display: block;
        margin-bottom: calc(var(--_space) * 1.25);
      }
    `,
  ];

  /** Inputs (by id) the person has left after typing in them: their errors show from then on. */
  @state() private touched = new Set<string>();
  @state() private submitted = false;
  @state() private busy = false;
  /**
   * What the backend said about single inputs (by id), until the person edits that input: kept as
   * messages to word at render time, so a language switch re-words them at the field and in the summary.
   */
  @state() private serverErrors: Record<string, Text> = {};
  /** A failure of the whole request (not of one field). */
  private readonly failure = new FailureController(this);
  @state() private availability: Record<string, Availability> = {};

  private readonly summary = new SubmittedSummary(this);
  private readonly captcha = new CaptchaController(this, () => this.api);
  private request: AbortController | undefined;
  private readonly availabilityTimers = new Map<string, { timer: ReturnType<typeof setTimeout>; abort: AbortController }>();

  private get form(): FormSpec {
    return formFor(this.state.method);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.request?.abort();
    for (const name of this.availabilityTimers.keys()) this.stopAvailability(name);
  }

  override render(): TemplateResult {
    return html`
      <form novalidate @submit=${this.submit} aria-busy=${this.busy ? 'true' : 'false'}>
        <h3 tabindex="-1">${msg('Nhập thông tin đăng ký', { id: 'details.heading' })}</h3>
        <p class="hint">${msg('Các ô có dấu * là bắt buộc.', { id: 'details.required-note' })}</p>
        ${this.state.sealed?.includes('otp')
          ? html`<p class="alert alert-info" data-verified-note>
              ${msg(
                'Số điện thoại của bạn đã được xác minh bằng mã OTP. Không sửa gì thì bấm “Đăng ký” để về bước đặt mật khẩu, không cần mã mới; sửa thông tin thì hệ thống sẽ gửi mã OTP mới.',
                { id: 'details.otp-verified-note' },
              )}
            </p>`
          : nothing}
        ${errorSummary(this.summary.items, this.renderRoot as ShadowRoot)} ${this.renderFailure()}
        ${this.form.fields.map((field) => this.renderField(field))}
        ${this.registrationReused()
          ? nothing
          : captchaField(this.captcha, {
              id: CAPTCHA_ID,
              error: this.visibleError(CAPTCHA_ID, []),
              onInput: (value) => {
                this.captcha.answer = value;
                this.serverErrors = withoutServerError(this.serverErrors, CAPTCHA_ID);
              },
              onBlur: () => afterPress(() => (this.touched = touchedOnLeave(this.touched, CAPTCHA_ID, this.captcha.answer))),
            })}
        <div class="actions">
          <button class="primary" type="submit" aria-disabled=${this.busy || this.failure.waiting ? 'true' : 'false'}>
            ${this.busy ? msg('Đang gửi…', { id: 'details.sending' }) : msg('Đăng ký', { id: 'details.submit' })}
          </button>
        </div>
      </form>
    `;
  }

  private renderField(field: FieldSpec): TemplateResult {
    switch (field.kind) {
      case 'text':
        return this.renderText(field);
      case 'choice':
        return this.renderChoice(field);
      case 'address':
        return this.renderAddress(field);
    }
  }

  private renderText(field: TextFieldSpec): TemplateResult {
    const raw = this.state.values[field.name] ?? '';
    const config = this.config;
    const errors = config ? errorsOf(field, this.state.values, config) : [];
    const taken = this.availabilityOf(field)?.status === 'taken' ? problemMessage(new ApiError({ code: 'username_taken' })) : undefined;
    const warning = warningOf(field, this.state.values);
    return html`
      ${textField({
        id: field.name,
        label: field.label(),
        hint: field.hint?.(),
        required: config ? field.required(config) : true,
        value: raw,
        ...field.input,
        // A taken username is said at once: the person is still thinking about it.
        error: this.visibleError(field.name, errors) ?? taken,
        // Warnings (e.g. a CCCD that does not match the birth year) inform but never block.
        warning: this.shows(field.name) || raw !== '' ? warning : undefined,
        onInput: (value) => {
          this.edit({ [field.name]: value });
          this.serverErrors = withoutServerError(this.serverErrors, field.name);
          if (field.availability) this.scheduleAvailability(field, value);
        },
        onBlur: () => afterPress(() => (this.touched = touchedOnLeave(this.touched, field.name, raw))),
      })}
      ${field.availability ? this.renderAvailability(field) : nothing}
    `;
  }

  private renderAvailability(field: TextFieldSpec): TemplateResult {
    const status = this.availabilityOf(field)?.status;
    // The status line exists from the start so screen readers announce its changes politely.
    return html`<span class="field-status ${status === 'available' ? 'ok' : ''}" role="status">
      ${status === 'checking'
        ? msg('Đang kiểm tra tên đăng nhập…', { id: 'details.username-checking' })
        : status === 'available'
          ? msg('✓ Tên đăng nhập này dùng được.', { id: 'details.username-available' })
          : nothing}
    </span>`;
  }

  private renderChoice(field: ChoiceFieldSpec): TemplateResult {
    const config = this.config;
    const errors = config ? errorsOf(field, this.state.values, config) : [];
    return choiceGroup({
      id: field.name,
      legend: html`${field.label()}${requiredMark(config ? field.required(config) : true)}`,
      choices: field.choices(),
      selected: this.state.values[field.name] || undefined,
      error: this.visibleError(field.name, errors),
      inline: true,
      onSelect: (value) => {
        this.edit({ [field.name]: value });
        this.serverErrors = withoutServerError(this.serverErrors, field.name);
        this.touched = touchedOnLeave(this.touched, field.name, value);
      },
    });
  }

  private renderAddress(field: AddressFieldSpec): TemplateResult {
    const values = this.state.values;
    const config = this.config;
    const errors = config ? errorsOf(field, values, config) : [];
    const same = Boolean(field.sameAs && values[`${field.name}.same`] === 'true');
    const partErrors: Partial<Record<AddressPart, string>> = {};
    for (const part of ADDRESS_PARTS) {
      const message = this.visibleError(`${field.name}-${part}`, errors);
      if (message && !same) partErrors[part] = message;
    }
    // The picker is the address's fieldset; "same as permanent" sits in it, under its legend.
    return html`
      <dvc-address-picker
        .legend=${field.label()}
        .idPrefix=${field.name}
        .value=${addressOf(field, values)}
        .required=${config ? field.required(config) : true}
        .disabled=${same}
        .errors=${partErrors}
        @address-change=${(e: CustomEvent<{ provinceCode: string; communeCode: string; street: string }>) => {
          const { provinceCode, communeCode, street } = e.detail;
          this.edit({ [`${field.name}.province`]: provinceCode, [`${field.name}.commune`]: communeCode, [`${field.name}.street`]: street });
          for (const part of ADDRESS_PARTS) this.serverErrors = withoutServerError(this.serverErrors, `${field.name}-${part}`);
        }}
        @address-blur=${(e: CustomEvent<{ part: AddressPart }>) => {
          const id = `${field.name}-${e.detail.part}`;
          const address = addressOf(field, this.state.values);
          const filled = { province: address.provinceCode, commune: address.communeCode, street: address.street }[e.detail.part];
          afterPress(() => (this.touched = touchedOnLeave(this.touched, id, filled)));
        }}
        >${field.sameAs
          ? html`<label class="checkbox">
              <input
                type="checkbox"
                .checked=${same}
                @change=${(e: Event) => this.setSameAs(field, (e.target as HTMLInputElement).checked)}
              />
              ${field.sameAs.label()}
            </label>`
          : nothing}</dvc-address-picker
      >
    `;
  }

  /** "Same as permanent": checking copies and keeps in sync; unchecking leaves a copy to edit. */
  private setSameAs(field: AddressFieldSpec, checked: boolean): void {
    if (!field.sameAs) return;
    if (checked) {
      this.edit({ [`${field.name}.same`]: 'true' });
      return;
    }
    const copy = addressOf(field, this.state.values);
    this.edit({
      [`${field.name}.same`]: 'false',
      [`${field.name}.province`]: copy.provinceCode,
      [`${field.name}.commune`]: copy.communeCode,
      [`${field.name}.street`]: copy.street,
    });
  }

  private renderFailure(): TemplateResult | typeof nothing {
    const failure = this.failure.error;
    if (!failure) return nothing;
    const config = this.config;
    if ((failure.code === 'account_exists' || failure.code === 'username_taken') && config) {
      return alertBox('error', this.accountExistsMessage(), accountLinks(config));
    }
    return this.failure.render();
  }

  /** "This … already has an account", naming what the person typed: a BHXH code is not an ID number. */
  private accountExistsMessage(): string {
    return this.form.fields.some((f) => f.name === 'bhxhCode')
      ? msg('Mã số BHXH bạn nhập thuộc về người đã có tài khoản trên Cổng Dịch vụ công quốc gia.', { id: 'details.account-exists.bhxh' })
      : // username_taken reaches the top only on a form without a username to change (phone, BHXH):
        // the user name is the person's ID number, which already has an account ("Tên đăng nhập
        // này đã có người dùng. Hãy chọn tên khác." would ask for what cannot be done).
        problemMessage(new ApiError({ code: 'account_exists' }));
  }

  /** The registration already started for exactly these details: going on needs no new OTP, nor a captcha. */
  private registrationReused(): boolean {
    const registration = this.state.results.registration;
    if (!registration || !this.config) return false;
    const checked = checkForm(this.form, this.state.values, this.config);
    return checked.ok && registration.fingerprint === this.fingerprint(checked.normalized);
  }

  private fingerprint(normalized: Record<string, string>): string {
    return JSON.stringify([this.state.subject, this.state.method, normalized]);
  }

  private shows(id: string): boolean {
    return this.submitted || this.touched.has(id);
  }

  /** What to show at an input: the backend's word first, then our own check once it may show. */
  private visibleError(id: string, errors: readonly FieldProblem[]): string | undefined {
    return messageAt(id, this.serverErrors, this.submitted, this.touched, () => {
      if (id !== CAPTCHA_ID) return errors.find((e) => e.target === id)?.message;
      // A code the backend replaced after a refusal is not the person's mistake: the field says
      // "enter the new code" as a hint until the next submit.
      if (this.captcha.renewed) return undefined;
      return this.captcha.answer.trim() === '' ? fieldErrorMessage({ code: 'required', severity: 'error' }, CAPTCHA_ID) : undefined;
    });
  }

  private availabilityOf(field: TextFieldSpec): Availability | undefined {
    const current = this.availability[field.name];
    return current && current.value === (field.check(this.state.values[field.name] ?? '', this.state.values).value ?? '') ? current : undefined;
  }

  private stopAvailability(name: string): void {
    const pending = this.availabilityTimers.get(name);
    if (pending) {
      clearTimeout(pending.timer);
      pending.abort.abort();
    }
  }

  private scheduleAvailability(field: TextFieldSpec, raw: string): void {
    this.stopAvailability(field.name);
    const value = field.check(raw, this.state.values).value;
    const api = this.api;
    if (value === undefined || !api || !field.availability) return;
    const abort = new AbortController();
    const timer = setTimeout(async () => {
      this.availability = { ...this.availability, [field.name]: { value, status: 'checking' } };
      let status: Availability['status'];
      let refused: ApiError | undefined;
      try {
        status = (await field.availability!(api, value, abort.signal)) ? 'available' : 'taken';
      } catch (error) {
        // The backend decides at "Đăng ký" anyway; a failed check must not block the person.
        status = 'unknown';
        refused = asApiError(error);
      }
      if (abort.signal.aborted) return;
      this.availability = { ...this.availability, [field.name]: { value, status } };
      // A name the backend's rules refuse (422, `errors[].code` says which) is said at the field;
      // a code without a message of ours gets the general one.
      if (refused?.status === 422) {
        const code = refused.fieldErrors[0]?.code ?? '';
        this.serverErrors = { ...this.serverErrors, [field.name]: () => fieldErrorMessage({ code, severity: 'error' }, field.name) };
      }
    }, AVAILABILITY_DELAY_MS);
    this.availabilityTimers.set(field.name, { timer, abort });
  }

  /** The form as it is now, for the error summary to show until the next submit. */
  private submittedForm(): SubmittedForm {
    const taken = new Set<string>();
    for (const field of this.form.fields) {
      if (field.kind === 'text' && this.availabilityOf(field)?.status === 'taken') taken.add(field.name);
    }
    return {
      values: this.state.values,
      captchaAnswer: this.captcha.answer,
      captchaRenewed: this.captcha.renewed,
      captchaUnavailable: captchaUnavailable(this.captcha),
      serverErrors: this.serverErrors,
      taken,
      reused: this.registrationReused(),
    };
  }

  /** Freezes the summary at this submit: typing afterwards changes the fields, not the alert. */
  private takeSummary(): SummaryItem[] {
    const form = this.submittedForm();
    this.summary.set(() => this.summaryItems(form));
    return this.summaryItems(form);
  }

  private summaryItems(form: SubmittedForm): SummaryItem[] {
    const config = this.config;
    if (!config) return [];
    const items: SummaryItem[] = [];
    const seen = new Set<string>();
    const add = (id: string, message: string, part?: AddressPart) => {
      if (seen.has(id)) return;
      seen.add(id);
      items.push({ fieldId: id, message, ...(part ? { focus: () => this.focusAddress(id, part) } : {}) });
    };
    for (const field of this.form.fields) {
      // Two addresses have the same parts: each entry says which address it is about.
      const named = (message: string) =>
        field.kind === 'address' ? msg(str`${field.label()}: ${message}`, { id: 'details.summary-address' }) : message;
      for (const [id, message] of Object.entries(form.serverErrors)) {
        if (id !== field.name && !id.startsWith(`${field.name}-`)) continue;
        // An address part's link focuses that part, in the picker's own root.
        add(id, named(message()), field.kind === 'address' ? ADDRESS_PARTS.find((part) => id === `${field.name}-${part}`) : undefined);
      }
      if (field.kind === 'address' && field.sameAs && form.values[`${field.name}.same`] === 'true') continue;
      for (const problem of errorsOf(field, form.values, config)) add(problem.target, named(problem.message), problem.part);
      if (form.taken.has(field.name)) add(field.name, problemMessage(new ApiError({ code: 'username_taken' })));
    }
    if (!form.reused) {
      const captchaError =
        form.serverErrors[CAPTCHA_ID]?.() ??
        // A code replaced after a refusal is not the person's mistake until the next submit.
        (form.captchaAnswer.trim() === '' && !form.captchaRenewed ? fieldErrorMessage({ code: 'required', severity: 'error' }, CAPTCHA_ID) : undefined);
      // With no captcha to answer "Đăng ký" cannot go on: say so, leading to the reload button.
      if (form.captchaUnavailable) add(refreshButtonId(CAPTCHA_ID), form.captchaUnavailable());
      else if (captchaError) add(CAPTCHA_ID, captchaError);
    }
    return items;
  }

  /** The address inputs live in the picker's shadow root: it focuses them itself. */
  private focusAddress(id: string, part: AddressPart): void {
    const name = id.slice(0, -(part.length + 1));
    const picker = [...this.renderRoot.querySelectorAll('dvc-address-picker')].find((p) => p.idPrefix === name);
    picker?.focusPart(part);
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    // A second press while the request is on its way, or during a rate-limit wait, sends nothing.
    if (this.busy || !this.config) return;
    if (this.failure.waiting) return void this.failure.focus();
    this.submitted = true;
    this.captcha.renewed = false;
    const checked = checkForm(this.form, this.state.values, this.config);
    if (this.takeSummary().length > 0 || !checked.ok) {
      this.failure.clear();
      await focusErrorSummary(this);
      return;
    }
    const fingerprint = this.fingerprint(checked.normalized);
    if (this.state.results.registration?.fingerprint === fingerprint) {
      // Back from a later step with nothing changed: the registration already started goes on.
      this.emit({ type: 'next' });
      return;
    }
    const api = this.api;
    const captcha = this.captcha.captcha;
    if (!api || !this.state.subject || !this.state.method || !captcha) return;

    this.busy = true;
    this.failure.clear();
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
      this.emit({
        type: 'next',
        results: {
          registration: {
            id: registration.id,
            otp: registration.otp,
            fingerprint,
            username: registration.username ?? checked.normalized['username'] ?? checked.normalized['idNumber'],
          },
        },
      });
    } catch (error) {
      if (request.signal.aborted) return;
      await this.showFailure(asApiError(error));
    } finally {
      if (this.request === request) this.busy = false;
    }
  }

  private async showFailure(error: ApiError): Promise<void> {
    // The backend spends a captcha on every answer it checked: ask for a fresh one.
    const captchaSpent = error.status !== undefined && error.status >= 400 && error.status < 500 && error.code !== 'rate_limited';
    if (captchaSpent) void this.captcha.refresh();

    const inputIds = new Set<string>([CAPTCHA_ID]);
    for (const field of this.form.fields) {
      if (field.kind === 'address') for (const part of ADDRESS_PARTS) inputIds.add(`${field.name}-${part}`);
      else inputIds.add(field.name);
    }
    const serverErrors: Record<string, Text> = {};
    if (error.code === 'captcha_invalid') serverErrors[CAPTCHA_ID] = () => problemMessage(error);
    for (const { field, code } of error.fieldErrors) {
      const target = errorTarget(field, inputIds);
      if (target && code !== 'account_exists') serverErrors[target.id] = () => fieldErrorMessage({ code, severity: 'error' }, target.part ?? target.id);
    }
    // A username refused without naming its field belongs at the username, where it can be changed
    // (Vietnam Post); the backend's word there replaces an earlier "✓ this username is available".
    if (error.code === 'username_taken' && inputIds.has(USERNAME_ID)) serverErrors[USERNAME_ID] ??= () => problemMessage(error);
    if (serverErrors[USERNAME_ID]) {
      // A check of the name still on its way must not bring the "available" note back.
      this.stopAvailability(USERNAME_ID);
      this.availability = withoutServerError(this.availability, USERNAME_ID);
    }
    // A social-insurance record that differs: say which kinds of field, never the record's values.
    for (const kind of error.mismatches) if (inputIds.has(kind)) serverErrors[kind] = () => mismatchMessage(kind);
    // An address blamed while it copies another ("same as permanent") shows its own inputs again,
    // with the copy in them, so the person can see and change what the backend refused.
    for (const field of this.form.fields)
      if (field.kind === 'address' && this.state.values[`${field.name}.same`] === 'true' && Object.keys(serverErrors).some((id) => id.startsWith(`${field.name}-`)))
        this.setSameAs(field, false);
    this.serverErrors = serverErrors;
    this.takeSummary();

    if (Object.keys(serverErrors).length > 0 && error.code !== 'account_exists') {
      this.failure.clear();
      await focusErrorSummary(this);
      return;
    }
    // "Try again" sends the form again: the same call, with what is typed now.
    await this.failure.show(error, () => void this.submit(new Event('submit')));
  }
}

define('dvc-step-details', DetailsStep);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-step-details': DetailsStep;
  }
}
