/**
 * A group of radio choices inside a fieldset, each a card with an optional hint, the pattern GOV.UK
 * uses for one question per page. The legend can carry the step's heading.
 *
 * In a form, the group is its own element with its own shadow root (`choiceGroup()`, in
 * choice-group-element.ts): the cards' layout (radio beside its label, hint under the label in
 * normal weight) lives there, so no field style of a step (`.field label`, `.hint`, …) can reach in
 * and break it. A step with no field styles, the first load's subject and method choices
 * (choice-step.ts), renders the same markup in its own root instead (`choiceGroupContent()` with
 * `choiceStyles`): one element, shadow root and render fewer before the first paint on a cheap
 * phone.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
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
export const choiceStyles = css`
  .group {
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

/** Listeners the group's markup needs, made once by whoever renders it (so each render reuses them). */
export interface ChoiceGroupListeners {
  /** Focus or pointer moving onto a choice (focusin, pointerover). */
  readonly intent: (event: Event) => void;
  /** Enter in a radio. */
  readonly keydown: (event: KeyboardEvent) => void;
}

/**
 * The listeners for a group whose options `options()` gives at the time of the event; `form()`
 * is the form that Enter in a radio submits.
 */
export function choiceGroupListeners(
  options: () => ChoiceGroupOptions<string> | undefined,
  form: () => HTMLFormElement | null,
): ChoiceGroupListeners {
  return {
    // Listened to in the radios' own root: focus and pointer moves between them never leave it
    // (their target and related target are the same element further out).
    intent: (event) => {
      const o = options();
      const path = event.composedPath();
      const label = path.find((node): node is HTMLLabelElement => node instanceof HTMLLabelElement);
      const radio = label?.control ?? path[0];
      if (!o?.onConsider || !(radio instanceof HTMLInputElement) || radio.type !== 'radio') return;
      if (o.choices.some((c) => c.value === radio.value)) o.onConsider(radio.value);
    },
    // Enter in a radio submits its form, also where the radio is not in the form's own tree.
    keydown: (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      form()?.requestSubmit();
    },
  };
}

/** The group's markup: a fieldset with its legend, its error and a card per choice. */
export function choiceGroupContent<T extends string>(o: ChoiceGroupOptions<T>, on: ChoiceGroupListeners): TemplateResult {
  const errorId = `${o.id}-error`;
  return html`
    <div class="group" ?data-invalid=${Boolean(o.error)}>
      <fieldset
        id=${o.id}
        aria-describedby=${o.error ? errorId : nothing}
        @focusin=${on.intent}
        @pointerover=${on.intent}
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
                  @keydown=${on.keydown}
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
