/**
 * A method's details form as data: which fields, how each is labelled, typed and checked, and how
 * the checked values become the request. One details step renders any of them, so a new method
 * adds a form spec, not a new step.
 */
import type { TemplateResult } from 'lit';
import type { RegistrationRequest } from '../../api/types.js';
import type { Values } from '../../flow/flow.js';
import type { InputAttributes } from '../../fields/text-field.js';
import type { RegisterConfig } from '../../register/config.js';

export interface Issue {
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly params?: Readonly<Record<string, unknown>>;
}

export interface Checked {
  readonly ok: boolean;
  readonly value?: string;
  readonly issues: readonly Issue[];
}

export interface FieldSpec {
  /** Key in the flow's values and in the request details. */
  readonly name: string;
  readonly label: () => string;
  readonly hint?: () => string | TemplateResult;
  readonly required: (config: RegisterConfig) => boolean;
  readonly input: InputAttributes;
  /** Checks a non-empty raw value; may look at the other values (e.g. ID number vs. birth date). */
  readonly check: (raw: string, values: Values) => Checked;
}

export interface FormSpec {
  readonly fields: readonly FieldSpec[];
  /** Builds the request details from the normalized values of the fields that have one. */
  readonly details: (normalized: Readonly<Record<string, string>>) => RegistrationRequest['details'];
}
