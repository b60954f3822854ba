import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { state } from 'lit/decorators.js';
import { choiceGroupContent, choiceGroupListeners, choiceStyles, type Choice, type ChoiceGroupOptions } from '../fields/choice-group.js';
import { errorSummary, focusErrorSummary, SubmittedSummary } from '../fields/error-summary.js';
import { errorSummaryStyles } from '../fields/error-summary-styles.js';
import { StepElement } from './step-element.js';

/**
 * A step that asks one question with radio choices and a "Tiếp tục" button (GOV.UK's one question
 * per page). Choosing is not yet deciding: the choice is kept here until the person continues.
 */
export abstract class ChoiceStep<T extends string> extends StepElement {
  // A choice step renders no text field, so the cards live in its own root (no `.field` style can
  // reach them) and no choice group element of their own is needed: the first step paints sooner.
  static override styles = [...StepElement.styles, errorSummaryStyles, choiceStyles];

  @state() private choice: T | undefined;
  @state() private showError = false;
  /** Nothing chosen at "Tiếp tục" is said as on every form: an error summary, read out at once. */
  private readonly summary = new SubmittedSummary(this);

  protected abstract readonly groupId: string;
  protected abstract heading(): string;
  protected abstract requiredMessage(): string;
  protected abstract choices(): readonly Choice<T>[];
  /** The choice already made in the flow, shown checked when the person comes back. */
  protected abstract chosen(): T | undefined;
  protected abstract decide(value: T): void;
  /** The person tabs to or points at a choice (not yet choosing it): a step may get ready for it. */
  protected consider(_value: T): void {}

  private options: ChoiceGroupOptions<T> | undefined;
  private readonly listeners = choiceGroupListeners(
    () => this.options as ChoiceGroupOptions<string> | undefined,
    () => this.renderRoot.querySelector('form'),
  );

  override willUpdate(): void {
    const offered = this.choices().map((c) => c.value);
    // A choice made earlier that is no longer offered (another subject) starts over.
    if (this.choice === undefined || !offered.includes(this.choice)) {
      const chosen = this.chosen();
      this.choice = chosen !== undefined && offered.includes(chosen) ? chosen : undefined;
    }
  }

  override render(): TemplateResult {
    const options: ChoiceGroupOptions<T> = {
      id: this.groupId,
      legend: html`<h3 tabindex="-1">${this.heading()}</h3>`,
      choices: this.choices(),
      selected: this.choice,
      error: this.showError ? this.requiredMessage() : undefined,
      onSelect: (value) => {
        this.choice = value;
        this.showError = false;
      },
      onConsider: (value) => this.consider(value),
    };
    // What the group's listeners read when an event comes.
    this.options = options;
    return html`
      <form novalidate @submit=${this.submit}>
        ${errorSummary(this.summary.items, this.renderRoot as ShadowRoot, 3)}
        ${choiceGroupContent(options, this.listeners)}
        <div class="actions">
          <button class="primary" type="submit">${msg('Tiếp tục', { id: 'action.continue' })}</button>
        </div>
      </form>
    `;
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.choice !== undefined) {
      this.decide(this.choice);
      return;
    }
    this.showError = true;
    this.summary.set(() => [{ fieldId: this.groupId, message: this.requiredMessage() }]);
    await focusErrorSummary(this);
  }
}
