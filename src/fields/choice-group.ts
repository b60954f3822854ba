/**
 * A group of radio choices inside a fieldset, each a card with an optional hint, the pattern GOV.UK
 * uses for one question per page. The legend can carry the step's heading.
 *
 * The group is its own element with its own shadow root: the cards' layout (radio beside its label,
 * hint under the label in normal weight) lives there, so no field style of a step (`.field label`,
 * `.hint`, …) can reach in and break it.
 */
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { define } from '../register/define.js';
import { sharedStyles } from '../styles/shared.js';
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
  /** The person tabs to or points at a choice (not yet choosing it): a step may get ready for it. */
  readonly onConsider?: (value: T) => void;
  /** Short choices (Nam / Nữ) sit side by side while there is room. */
  readonly inline?: boolean;
}

/**
 * Selected, focused and in error differ in more than colour: a selected card has a thicker border,
 * a tinted background and a check mark; focus is the shared yellow-and-black ring, set off the
 * card; an error is a thick left bar, an icon and the visible word "Lỗi:".
 */
const choiceStyles = css`
  :host {
    display: block;
    margin-bottom: calc(var(--_space) * 1.25);
  }
  fieldset {
    border: none;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .group[data-invalid] {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: 0.75rem;
  }
  legend {
    display: block;
    padding: 0;
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  .error-message {
    display: block;
    color: var(--_error);
    font-weight: 600;
    margin-bottom: 0.375rem;
  }
  .error-message::before {
    content: '!' / '';
    display: inline-grid;
    place-items: center;
    width: 1.25em;
    height: 1.25em;
    margin-inline-end: 0.375rem;
    border-radius: 50%;
    background: var(--_error);
    color: #ffffff;
    font-weight: 700;
    line-height: 1;
  }
  .choices {
    display: grid;
    gap: 0.5rem;
  }
  .choices.inline {
    /* min() lets one card take the whole width on a narrow screen: nothing forces a minimum. */
    grid-template-columns: repeat(auto-fill, minmax(min(8rem, 100%), 1fr));
    max-width: 30rem;
  }
  .choice {
    display: grid;
    position: relative;
    grid-template-columns: auto minmax(0, 1fr);
    column-gap: 0.75rem;
    align-items: start;
    padding: 0.75rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  .choice input {
    grid-column: 1;
    grid-row: 1 / span 2;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0.125rem 0 0;
    accent-color: var(--_selected);
  }
  .choice-label {
    grid-column: 2;
    font-weight: 600;
  }
  .hint {
    grid-column: 2;
    font-weight: 400;
    color: var(--_muted);
    font-size: 0.9375rem;
  }
  .choice:has(input:checked) {
    border-color: var(--_selected);
    box-shadow: inset 0 0 0 2px var(--_selected);
    background: var(--_selected-surface);
    padding-inline-end: 2.5rem;
  }
  .choice:has(input:checked)::after {
    content: '✓' / '';
    position: absolute;
    top: 0.625rem;
    inset-inline-end: 0.625rem;
    display: inline-grid;
    place-items: center;
    width: 1.5rem;
    height: 1.5rem;
    border-radius: 50%;
    background: var(--_selected);
    color: var(--_on-primary);
    font-weight: 700;
    line-height: 1;
  }
`;

/**
 * The radio group element behind `choiceGroup()`. Focusing the element focuses its checked radio
 * (or the first), so an error summary link to the group's id lands on a choice.
 *
 * @cssproperty --dvc-color-selected - Border, check mark and radio of the chosen card (default #1d70b8).
 * @cssproperty --dvc-color-selected-surface - Background of the chosen card (default #eef4fb).
 * @cssproperty --dvc-color-error - The error bar, icon and message.
 */
export class DvcChoiceGroup extends LitElement {
  static override styles = [sharedStyles, choiceStyles];

  @property({ attribute: false }) options: ChoiceGroupOptions<string> | undefined;

  override focus(): void {
    const radios = [...this.renderRoot.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    (radios.find((r) => r.checked) ?? radios[0])?.focus();
  }

  /** The heading inside the legend, if the legend carries the step's heading. */
  get heading(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('h3');
  }

  override render(): TemplateResult | typeof nothing {
    const o = this.options;
    if (!o) return nothing;
    const errorId = `${o.id}-error`;
    return html`
      <div class="group" ?data-invalid=${Boolean(o.error)}>
        <fieldset
          id=${o.id}
          aria-describedby=${o.error ? errorId : nothing}
          @focusin=${this.onIntent}
          @pointerover=${this.onIntent}
        >
          <legend>${o.legend}</legend>
          ${o.error ? html`<span class="error-message" id=${errorId}>${errorPrefix()} ${o.error}</span>` : nothing}
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
                    @keydown=${this.submitOnEnter}
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

  // Listened to here, in the radios' own shadow root: focus and pointer moves between them never
  // leave it (their target and related target are the same element further out).
  private onIntent = (event: Event): void => {
    const o = this.options;
    const path = event.composedPath();
    const label = path.find((node): node is HTMLLabelElement => node instanceof HTMLLabelElement);
    const radio = label?.control ?? path[0];
    if (!o?.onConsider || !(radio instanceof HTMLInputElement) || radio.type !== 'radio') return;
    if (o.choices.some((c) => c.value === radio.value)) o.onConsider(radio.value);
  };

  /** Enter in a radio submits its form, as it would were the radio in the form's own tree. */
  private submitOnEnter = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    this.closest('form')?.requestSubmit();
  };
}

define('dvc-choice-group', DvcChoiceGroup);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-choice-group': DvcChoiceGroup;
  }
}

export function choiceGroup<T extends string>(o: ChoiceGroupOptions<T>): TemplateResult {
  return html`<dvc-choice-group id=${o.id} .options=${o as unknown as ChoiceGroupOptions<string>}></dvc-choice-group>`;
}
