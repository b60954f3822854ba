/**
 * What every step shares: it re-renders on a locale switch, receives the flow state, reports
 * what happens as flow events, and can focus its heading when the wizard arrives at it.
 */
import { LitElement } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { property, state } from 'lit/decorators.js';
import { consume } from '../context/context.js';
import { apiContext, configContext } from '../api/context.js';
import type { RegistrationApi } from '../api/types.js';
import type { RegisterConfig } from '../register/config.js';
import type { FlowEvent, FlowState } from '../flow/flow.js';
import { sharedStyles } from '../styles/shared.js';
import type {} from '../fields/choice-group-element.js';

/** Internal event from a step to the host; the host alone moves the flow. */
export class FlowEventRequest extends Event {
  static readonly type = 'dvc-flow-event';
  constructor(readonly flowEvent: FlowEvent) {
    super(FlowEventRequest.type, { bubbles: true, composed: false });
  }
}

export abstract class StepElement extends LitElement {
  static override styles = [sharedStyles];

  constructor() {
    super();
    // What @localized() does; the decorator cannot take an abstract class.
    updateWhenLocaleChanges(this);
  }

  @property({ attribute: false }) state!: FlowState;

  @consume({ context: apiContext, subscribe: true })
  @state()
  protected api?: RegistrationApi;

  @consume({ context: configContext, subscribe: true })
  @state()
  protected config?: RegisterConfig;

  protected emit(event: FlowEvent): void {
    this.dispatchEvent(new FlowEventRequest(event));
  }

  /** Stores typed values in the flow at once, so no step change or re-render can lose them. */
  protected edit(values: Record<string, string>): void {
    this.emit({ type: 'edit', values });
  }

  async focusHeading(): Promise<void> {
    await this.updateComplete;
    // A form whose heading is the legend of a choice group element (the activation step) has it
    // inside the group's own root.
    const group = this.renderRoot.querySelector('dvc-choice-group');
    await group?.updateComplete;
    (this.renderRoot.querySelector<HTMLElement>('h3') ?? group?.heading)?.focus();
  }
}
