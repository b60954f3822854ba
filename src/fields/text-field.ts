/**
 * A labelled text input with hint, inline error and warning, wired for screen readers the way
 * GOV.UK does it: the error sits between label and input, starts with a hidden "Lỗi:", and the
 * input points at hint, error and warning through aria-describedby.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { errorPrefix, requiredText, warningPrefix } from './messages.js';

export interface InputAttributes {
  readonly type?: 'text' | 'tel' | 'email' | 'password';
  readonly autocomplete: string;
  readonly inputmode?: 'text' | 'numeric' | 'tel' | 'email';
  readonly autocapitalize?: 'off' | 'words' | 'characters';
  readonly spellcheck?: boolean;
  /** Short inputs hint at the expected length (e.g. OTP, captcha). */
  readonly width?: 'short';
}

export interface TextFieldOptions extends InputAttributes {
  readonly id: string;
  readonly label: string;
  readonly hint?: string | TemplateResult;
  readonly required: boolean;
  readonly value: string;
  readonly error?: string;
  readonly warning?: string;
  readonly readonly?: boolean;
  readonly onInput?: (value: string) => void;
  readonly onBlur?: () => void;
  /** Shown between the label (with hint and error) and the input, e.g. the captcha image. */
  readonly beforeInput?: TemplateResult;
}

export function textField(o: TextFieldOptions): TemplateResult {
  const hintId = o.hint ? `${o.id}-hint` : undefined;
  const errorId = o.error ? `${o.id}-error` : undefined;
  const warningId = o.warning ? `${o.id}-warning` : undefined;
  const describedBy = [hintId, errorId, warningId].filter(Boolean).join(' ');
  return html`
    <div class="field" ?data-user-invalid=${Boolean(o.error)}>
      <label for=${o.id}>${o.label}${requiredMark(o.required)}</label>
      ${o.hint ? html`<span class="hint" id=${hintId!}>${o.hint}</span>` : nothing}
      ${o.error
        ? html`<span class="error-message" id=${errorId!}><span class="error-prefix">${errorPrefix()}</span> ${o.error}</span>`
        : nothing}
      ${o.beforeInput ?? nothing}
      <input
        id=${o.id}
        name=${o.id}
        type=${o.type ?? 'text'}
        class=${o.width === 'short' ? 'width-short' : nothing}
        autocomplete=${o.autocomplete}
        inputmode=${o.inputmode ?? nothing}
        autocapitalize=${o.autocapitalize ?? nothing}
        spellcheck=${o.spellcheck === false ? 'false' : nothing}
        ?readonly=${o.readonly}
        .value=${live(o.value)}
        aria-invalid=${o.error ? 'true' : nothing}
        aria-describedby=${describedBy || nothing}
        @input=${(e: Event) => o.onInput?.((e.target as HTMLInputElement).value)}
        @blur=${() => o.onBlur?.()}
      />
      ${o.warning
        ? html`<span class="warning-message" id=${warningId!}><span class="visually-hidden">${warningPrefix()}</span> ${o.warning}</span>`
        : nothing}
    </div>
  `;
}

/** A red asterisk for the eye and the words "(bắt buộc)" for screen readers. */
export function requiredMark(required: boolean): TemplateResult | typeof nothing {
  return required
    ? html`<span class="required-mark" aria-hidden="true">*</span><span class="visually-hidden"> ${requiredText()}</span>`
    : nothing;
}
