/**
 * The choice group as an element of its own, for forms: its shadow root keeps the cards' layout
 * out of reach of the form's field styles (choice-group.ts). Loaded with the form steps, not with
 * the first step.
 */
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { define } from '../register/define.js';
import { sharedStyles } from '../styles/shared.js';
import { choiceGroupContent, choiceGroupListeners, choiceStyles, type ChoiceGroupOptions } from './choice-group.js';

/**
 * The radio group element behind `choiceGroup()`. Focusing the element focuses its checked radio
 * (or the first), so an error summary link to the group's id lands on a choice.
 *
 * @cssproperty --dvc-color-selected - Border, check mark and radio of the chosen card (default #1d70b8).
 * @cssproperty --dvc-color-selected-surface - Background of the chosen card (default #eef4fb).
 * @cssproperty --dvc-color-error - The error bar, icon and message.
 */
export class DvcChoiceGroup extends LitElement {
  static override styles = [sharedStyles, choiceStyles, css`:host { display: block; }`];

  @property({ attribute: false }) options: ChoiceGroupOptions<string> | undefined;

  private readonly listeners = choiceGroupListeners(
    () => this.options,
    () => this.closest('form'),
  );

  override focus(): void {
    const radios = [...this.renderRoot.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    (radios.find((r) => r.checked) ?? radios[0])?.focus();
  }

  /** The heading inside the legend, if the legend carries the step's heading. */
  get heading(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('h3');
  }

  override render(): TemplateResult | typeof nothing {
    return this.options ? choiceGroupContent(this.options, this.listeners) : nothing;
  }
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
