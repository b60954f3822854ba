/** Which details form each method shows. */
import type { Method } from '../../flow/catalog.js';
import type { FormSpec } from './form-spec.js';
import { birthDateField, emailField, fullNameField, idNumberField, phoneField } from './fields.js';

const phoneForm: FormSpec = {
  fields: [idNumberField, fullNameField, birthDateField, phoneField, emailField],
  details: (v) => ({
    idNumber: v['idNumber']!,
    fullName: v['fullName']!,
    birthDate: v['birthDate']!,
    phone: v['phone']!,
    ...(v['email'] ? { email: v['email'] } : {}),
  }),
};

export function formFor(method: Method | undefined): FormSpec {
  switch (method) {
    case 'phone':
      return phoneForm;
    default:
      throw new Error(`No details form for method ${String(method)}`);
  }
}
