import { msg } from '@lit/localize';
import { methodsFor, type Method } from '../../flow/catalog.js';
import { define } from '../../register/define.js';
import { prefetchMethod } from '../../register/lazy-steps.js';
import { ChoiceStep } from '../choice-step.js';
import { methodLabel, methodNeeds } from '../labels.js';

/** Step "method": how to prove who you are; each choice says what the person needs at hand. */
export class MethodStep extends ChoiceStep<Method> {
  protected readonly groupId = 'method';
  protected heading = () => msg('Chọn cách đăng ký', { id: 'method.heading' });
  protected requiredMessage = () => msg('Chọn một cách đăng ký.', { id: 'method.required' });
  protected choices = () =>
    methodsFor(this.state.offer, this.state.subject ?? this.state.offer.subjects[0]).map((m) => ({
      value: m,
      label: methodLabel(m),
      hint: methodNeeds(m),
    }));
  protected chosen = () => this.state.method;
  protected decide(method: Method): void {
    this.emit({ type: 'choose-method', method });
  }
  /** A method the person tabs to or points at may be the one they choose: fetch its steps now. */
  protected override consider(method: Method): void {
    void prefetchMethod(method);
  }
}

define('dvc-step-method', MethodStep);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-step-method': MethodStep;
  }
}
