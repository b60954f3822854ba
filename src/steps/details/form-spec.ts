/**
 * A method's details form as data: which fields, how each is labelled, typed and checked, and how
 * the checked values become the request. One details step renders any of them, so a new method
 * adds a form spec, not a new step.
 */
import type { TemplateResult } from 'lit';
import type { RegistrationApi, RegistrationRequest } from '../../api/types.js';
import type { Values } from '../../flow/flow.js';
import type { Choice } from '../../fields/choice-group.js';
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

interface FieldBase {
  /** Key in the flow's values (and, for text and choices, in the request details). */
  readonly name: string;
  readonly label: () => string;
  readonly hint?: () => string | TemplateResult;
  readonly required: (config: RegisterConfig) => boolean;
}

export interface TextFieldSpec extends FieldBase {
  readonly kind: 'text';
  readonly input: InputAttributes;
  /** Checks a non-empty raw value; may look at the other values (e.g. ID number vs. birth date). */
  readonly check: (raw: string, values: Values) => Checked;
  /** Asks the backend whether a well-formed value is still free (usernames). */
  readonly availability?: (api: RegistrationApi, value: string, signal: AbortSignal) => Promise<boolean>;
}

export interface ChoiceFieldSpec extends FieldBase {
  readonly kind: 'choice';
  readonly choices: () => readonly Choice<string>[];
}

/**
 * A province → commune → street address, stored in the values as `<name>.province`,
 * `<name>.commune` and `<name>.street`. With `sameAs`, a checkbox copies that other address and
 * keeps this one in sync while it is checked (`<name>.same` = 'true').
 */
export interface AddressFieldSpec extends FieldBase {
  readonly kind: 'address';
  readonly sameAs?: { readonly name: string; readonly label: () => string };
}

export type FieldSpec = TextFieldSpec | ChoiceFieldSpec | AddressFieldSpec;

export interface FormSpec {
  readonly fields: readonly FieldSpec[];
  /** Builds the request details from the normalized values of the fields that have one. */
  readonly details: (normalized: Readonly<Record<string, string>>) => RegistrationRequest['details'];
}

export const ADDRESS_PARTS = ['province', 'commune', 'street'] as const;
export type AddressPart = (typeof ADDRESS_PARTS)[number];

export interface AddressValue {
  readonly provinceCode: string;
  readonly communeCode: string;
  readonly street: string;
}

/** The address stored under `name`, or the one it copies while "same as" is checked. */
export function addressOf(spec: AddressFieldSpec, values: Values): AddressValue {
  const from = spec.sameAs && values[`${spec.name}.same`] === 'true' ? spec.sameAs.name : spec.name;
  return {
    provinceCode: values[`${from}.province`] ?? '',
    communeCode: values[`${from}.commune`] ?? '',
    street: values[`${from}.street`] ?? '',
  };
}
