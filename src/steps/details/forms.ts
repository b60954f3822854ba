/** Which details form each method shows, and how its values become the request. */
import type { Address } from '../../api/types.js';
import type { Method } from '../../flow/catalog.js';
import type { FormSpec } from './form-spec.js';
import {
  bhxhCodeField,
  birthDateField,
  cardIdNumberField,
  currentAddressField,
  emailField,
  fullNameField,
  genderField,
  idNumberField,
  permanentAddressField,
  phoneField,
  usernameField,
} from './fields.js';

type Normalized = Readonly<Record<string, string>>;

const optionalEmail = (v: Normalized) => (v['email'] ? { email: v['email'] } : {});

const address = (v: Normalized, name: string): Address => ({
  provinceCode: v[`${name}.province`]!,
  communeCode: v[`${name}.commune`]!,
  street: v[`${name}.street`]!,
});

const phoneForm: FormSpec = {
  fields: [idNumberField, fullNameField, birthDateField, phoneField, emailField],
  details: (v) => ({
    idNumber: v['idNumber']!,
    fullName: v['fullName']!,
    birthDate: v['birthDate']!,
    phone: v['phone']!,
    ...optionalEmail(v),
  }),
};

const bhxhForm: FormSpec = {
  fields: [bhxhCodeField, fullNameField, birthDateField, phoneField, emailField],
  details: (v) => ({
    bhxhCode: v['bhxhCode']!,
    fullName: v['fullName']!,
    birthDate: v['birthDate']!,
    phone: v['phone']!,
    ...optionalEmail(v),
  }),
};

const vnpostForm: FormSpec = {
  fields: [
    usernameField,
    fullNameField,
    genderField,
    birthDateField,
    emailField,
    cardIdNumberField,
    phoneField,
    permanentAddressField,
    currentAddressField,
  ],
  details: (v) => ({
    username: v['username']!,
    fullName: v['fullName']!,
    gender: v['gender'] === 'female' ? 'female' : 'male',
    birthDate: v['birthDate']!,
    idNumber: v['idNumber']!,
    phone: v['phone']!,
    ...optionalEmail(v),
    permanentAddress: address(v, 'permanent'),
    currentAddress: address(v, 'current'),
  }),
};

export function formFor(method: Method | undefined): FormSpec {
  switch (method) {
    case 'phone':
      return phoneForm;
    case 'bhxh':
      return bhxhForm;
    case 'vnpost':
      return vnpostForm;
    default:
      throw new Error(`No details form for method ${String(method)}`);
  }
}
