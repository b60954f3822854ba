import type { StepName } from '../flow/catalog.js';

export interface StepChangeDetail {
  readonly from: StepName;
  readonly to: StepName;
}

/**
 * Fired before the wizard moves to another step because of the person's action. Cancelable:
 * a host that calls preventDefault() keeps the wizard where it is (for example to show its own
 * confirmation first).
 */
export class DvcBeforeStepChangeEvent extends CustomEvent<StepChangeDetail> {
  static readonly eventName = 'dvc-before-step-change';
  constructor(detail: StepChangeDetail) {
    super(DvcBeforeStepChangeEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

/** Fired after the wizard moved to another step and focused its heading. */
export class DvcStepChangeEvent extends CustomEvent<StepChangeDetail> {
  static readonly eventName = 'dvc-step-change';
  constructor(detail: StepChangeDetail) {
    super(DvcStepChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dvc-before-step-change': DvcBeforeStepChangeEvent;
    'dvc-step-change': DvcStepChangeEvent;
  }
}
