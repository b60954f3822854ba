import { msg } from '@lit/localize';
import type { Subject } from '../../flow/catalog.js';
import { define } from '../../register/define.js';
import { ChoiceStep } from '../choice-step.js';
import { subjectHint, subjectLabel } from '../labels.js';

/** Step "subject": who is registering: a citizen, a business or a state agency. */
export class SubjectStep extends ChoiceStep<Subject> {
  protected readonly groupId = 'subject';
  protected heading = () => msg('Bạn đăng ký tài khoản cho ai?', { id: 'subject.heading' });
  protected requiredMessage = () => msg('Chọn đối tượng đăng ký.', { id: 'subject.required' });
  protected choices = () => this.state.offer.subjects.map((s) => ({ value: s, label: subjectLabel(s), hint: subjectHint(s) }));
  protected chosen = () => this.state.subject;
  protected decide(subject: Subject): void {
    this.emit({ type: 'choose-subject', subject });
  }
}

define('dvc-step-subject', SubjectStep);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-step-subject': SubjectStep;
  }
}
