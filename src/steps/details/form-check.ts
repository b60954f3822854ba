/**
 * Checks a details form against what was typed: which fields have problems (with the id of the
 * input to focus for each) and, when all is well, the normalized values for the request.
 * Messages are made here, at render time, so they follow a locale switch.
 */
import type { Values } from '../../flow/flow.js';
import type { RegisterConfig } from '../../register/config.js';
import { fieldErrorMessage } from './field-messages.js';
import { ADDRESS_PARTS, addressOf, type AddressPart, type FieldSpec, type FormSpec } from './form-spec.js';

export interface FieldProblem {
  /** The id of the input to focus (`<name>` or, for addresses, `<name>-<part>`). */
  readonly target: string;
  readonly part?: AddressPart;
  readonly message: string;
}

const required = (target: string, field: string, part?: AddressPart): FieldProblem => ({
  target,
  ...(part ? { part } : {}),
  message: fieldErrorMessage({ code: 'required', severity: 'error' }, part ?? field),
});

/** The field's blocking problems, in the order its inputs appear. */
export function errorsOf(field: FieldSpec, values: Values, config: RegisterConfig): FieldProblem[] {
  const isRequired = field.required(config);
  switch (field.kind) {
    case 'text': {
      const raw = values[field.name] ?? '';
      if (raw.trim() === '') return isRequired ? [required(field.name, field.name)] : [];
      const issue = field.check(raw, values).issues.find((i) => i.severity === 'error');
      return issue ? [{ target: field.name, message: fieldErrorMessage(issue, field.name) }] : [];
    }
    case 'choice':
      return isRequired && !values[field.name] ? [required(field.name, field.name)] : [];
    case 'address': {
      if (!isRequired) return [];
      const address = addressOf(field, values);
      const filled = { province: address.provinceCode, commune: address.communeCode, street: address.street.trim() };
      return ADDRESS_PARTS.filter((part) => filled[part] === '').map((part) => required(`${field.name}-${part}`, field.name, part));
    }
  }
}

/** A hint that does not block (e.g. a CCCD whose birth year differs from the birth date typed). */
export function warningOf(field: FieldSpec, values: Values): string | undefined {
  if (field.kind !== 'text') return undefined;
  const raw = values[field.name] ?? '';
  if (raw.trim() === '') return undefined;
  const issue = field.check(raw, values).issues.find((i) => i.severity === 'warning');
  return issue ? fieldErrorMessage(issue, field.name) : undefined;
}

/** Whether every field passes, and the values to send: parsed for text, as chosen otherwise. */
export function checkForm(form: FormSpec, values: Values, config: RegisterConfig): { ok: boolean; normalized: Record<string, string> } {
  const normalized: Record<string, string> = {};
  let ok = true;
  for (const field of form.fields) {
    if (errorsOf(field, values, config).length > 0) {
      ok = false;
      continue;
    }
    switch (field.kind) {
      case 'text': {
        const raw = values[field.name] ?? '';
        const value = raw.trim() === '' ? undefined : field.check(raw, values).value;
        if (value !== undefined) normalized[field.name] = value;
        break;
      }
      case 'choice':
        if (values[field.name]) normalized[field.name] = values[field.name]!;
        break;
      case 'address': {
        const address = addressOf(field, values);
        normalized[`${field.name}.province`] = address.provinceCode;
        normalized[`${field.name}.commune`] = address.communeCode;
        normalized[`${field.name}.street`] = address.street.trim();
        break;
      }
    }
  }
  return { ok, normalized };
}
