/**
 * A group of radio choices inside a fieldset, each with an optional hint, the pattern GOV.UK uses
 * for one question per page. The legend can carry the step's heading.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { errorPrefix } from './messages.js';

export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
  readonly hint?: string;
}

export interface ChoiceGroupOptions<T extends string> {
  readonly id: string;
  readonly legend: TemplateResult | string;
  readonly choices: readonly Choice<T>[];
  readonly selected: T | undefined;
  readonly error?: string;
  readonly onSelect: (value: T) => void;
  /** Short choices (Nam / Nữ) sit side by side. */
  readonly inline?: boolean;
}

export function choiceGroup<T extends string>(o: ChoiceGroupOptions<T>): TemplateResult {
  const errorId = `${o.id}-error`;
  return html`
    <div class="field" ?data-user-invalid=${Boolean(o.error)}>
      <fieldset id=${o.id} aria-describedby=${o.error ? errorId : nothing}>
        <legend>${o.legend}</legend>
        ${o.error
          ? html`<span class="error-message" id=${errorId}><span class="visually-hidden">${errorPrefix()}</span> ${o.error}</span>`
          : nothing}
        <div class=${o.inline ? 'choices inline' : 'choices'}>
          ${o.choices.map((choice) => {
            const inputId = `${o.id}-${choice.value}`;
            const hintId = `${inputId}-hint`;
            return html`
              <label class="choice" for=${inputId}>
                <input
                  type="radio"
                  id=${inputId}
                  name=${o.id}
                  .value=${choice.value}
                  .checked=${choice.value === o.selected}
                  aria-describedby=${choice.hint ? hintId : nothing}
                  @change=${() => o.onSelect(choice.value)}
                />
                <span class="choice-label">${choice.label}</span>
                ${choice.hint ? html`<span class="hint" id=${hintId}>${choice.hint}</span>` : nothing}
              </label>
            `;
          })}
        </div>
      </fieldset>
    </div>
  `;
}
