/**
 * The details fields methods share, each with its label, input attributes and check. The checks
 * are the validation module's parsers, the same ones an integrator's backend runs.
 */
import { msg } from '@lit/localize';
import { parseBhxh, parseBirthDate, parseCccd, parseName, parsePhone, parseUsername } from '../../validation/rules.js';
import type { AddressFieldSpec, ChoiceFieldSpec, Checked, TextFieldSpec } from './form-spec.js';

const always = () => true;

export const idNumberField: TextFieldSpec = {
  kind: 'text',
  name: 'idNumber',
  label: () => msg('Số CCCD/CMND', { id: 'field.idNumber.label' }),
  hint: () => msg('12 chữ số trên thẻ căn cước (CCCD), hoặc 9 chữ số CMND cũ đã dùng khi đăng ký SIM.', { id: 'field.idNumber.hint' }),
  required: always,
  // The ID number is the account's user name: browsers may offer the one saved for the portal.
  input: { autocomplete: 'username', inputmode: 'numeric', spellcheck: false, width: 'short' },
  check: (raw, values) => parseCccd(raw, { allowCmnd: true, birthDate: isoBirthDate(values['birthDate']) }),
};

export const fullNameField: TextFieldSpec = {
  kind: 'text',
  name: 'fullName',
  label: () => msg('Họ và tên', { id: 'field.fullName.label' }),
  hint: () => msg('Viết có dấu, đúng như trên giấy tờ tùy thân.', { id: 'field.fullName.hint' }),
  required: always,
  input: { autocomplete: 'name', autocapitalize: 'words', spellcheck: false },
  check: (raw) => parseName(raw),
};

export const birthDateField: TextFieldSpec = {
  kind: 'text',
  name: 'birthDate',
  label: () => msg('Ngày sinh', { id: 'field.birthDate.label' }),
  hint: () => msg('Ngày/tháng/năm, ví dụ 25/04/1990.', { id: 'field.birthDate.hint' }),
  required: always,
  input: { autocomplete: 'bday', spellcheck: false, width: 'short' },
  check: (raw) => parseBirthDate(raw),
};

export const phoneField: TextFieldSpec = {
  kind: 'text',
  name: 'phone',
  label: () => msg('Số điện thoại di động', { id: 'field.phone.label' }),
  hint: () => msg('Số đứng tên bạn; mã OTP sẽ được gửi đến số này.', { id: 'field.phone.hint' }),
  required: always,
  input: { type: 'tel', autocomplete: 'tel', inputmode: 'tel', width: 'short' },
  check: (raw) => parsePhone(raw),
};

export const emailField: TextFieldSpec = {
  kind: 'text',
  name: 'email',
  label: () => msg('Email', { id: 'field.email.label' }),
  hint: () => msg('Để nhận thông báo từ Cổng Dịch vụ công.', { id: 'field.email.hint' }),
  required: (config) => config.email === 'required',
  input: { type: 'email', autocomplete: 'email', inputmode: 'email', spellcheck: false, autocapitalize: 'off' },
  check: checkEmail,
};

/** The same ID number as a Vietnam Post account holder's: the card itself, no SIM story. */
export const cardIdNumberField: TextFieldSpec = {
  ...idNumberField,
  hint: () => msg('12 chữ số trên thẻ căn cước (CCCD), hoặc 9 chữ số CMND cũ.', { id: 'field.idNumber.card-hint' }),
  // Here the user name is chosen separately, so the browser should not offer the portal's one.
  input: { autocomplete: 'off', inputmode: 'numeric', spellcheck: false, width: 'short' },
};

export const bhxhCodeField: TextFieldSpec = {
  kind: 'text',
  name: 'bhxhCode',
  label: () => msg('Mã số BHXH', { id: 'field.bhxhCode.label' }),
  hint: () =>
    msg('10 chữ số trên sổ hoặc thẻ bảo hiểm xã hội, hoặc số định danh cá nhân 12 chữ số (số CCCD).', { id: 'field.bhxhCode.hint' }),
  required: always,
  input: { autocomplete: 'off', inputmode: 'numeric', spellcheck: false, width: 'short' },
  check: (raw) => parseBhxh(raw),
};

export const usernameField: TextFieldSpec = {
  kind: 'text',
  name: 'username',
  label: () => msg('Tên đăng nhập', { id: 'field.username.label' }),
  hint: () =>
    msg('6–30 ký tự: chữ cái không dấu, chữ số, dấu chấm hoặc gạch dưới; bắt đầu bằng chữ cái. Ví dụ: nguyen.van.an', {
      id: 'field.username.hint',
    }),
  required: always,
  input: { autocomplete: 'username', autocapitalize: 'off', spellcheck: false },
  check: (raw) => parseUsername(raw),
  availability: async (api, value, signal) => (await api.checkUsername(value, { signal })).available,
};

export const genderField: ChoiceFieldSpec = {
  kind: 'choice',
  name: 'gender',
  label: () => msg('Giới tính', { id: 'field.gender.label' }),
  required: always,
  choices: () => [
    { value: 'male', label: msg('Nam', { id: 'field.gender.male' }) },
    { value: 'female', label: msg('Nữ', { id: 'field.gender.female' }) },
  ],
};

export const permanentAddressField: AddressFieldSpec = {
  kind: 'address',
  name: 'permanent',
  label: () => msg('Địa chỉ thường trú', { id: 'field.permanent.label' }),
  required: always,
};

export const currentAddressField: AddressFieldSpec = {
  kind: 'address',
  name: 'current',
  label: () => msg('Địa chỉ hiện tại (nơi ở)', { id: 'field.current.label' }),
  required: always,
  sameAs: { name: 'permanent', label: () => msg('Giống địa chỉ thường trú', { id: 'field.current.same' }) },
};

/** The birth date as ISO when it is valid, so the CCCD check can compare its century and year. */
function isoBirthDate(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const parsed = parseBirthDate(raw);
  return parsed.ok ? parsed.value : undefined;
}

/** Deliberately loose (one @, a dot in the domain, no spaces): the mailbox itself is the real test. */
function checkEmail(raw: string): Checked {
  const value = raw.trim();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) && value.length <= 254
    ? { ok: true, value, issues: [] }
    : { ok: false, issues: [{ code: 'email.invalid', severity: 'error' }] };
}
