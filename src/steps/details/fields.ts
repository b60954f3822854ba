/**
 * The details fields methods share, each with its label, input attributes and check. The checks
 * are the validation module's parsers, the same ones an integrator's backend runs.
 */
import { msg } from '@lit/localize';
import { parseBirthDate, parseCccd, parseName, parsePhone } from '../../validation/rules.js';
import type { Checked, FieldSpec } from './form-spec.js';

const always = () => true;

export const idNumberField: FieldSpec = {
  name: 'idNumber',
  label: () => msg('Số CCCD/CMND', { id: 'field.idNumber.label' }),
  hint: () => msg('12 chữ số trên thẻ căn cước (CCCD), hoặc 9 chữ số CMND cũ đã dùng khi đăng ký SIM.', { id: 'field.idNumber.hint' }),
  required: always,
  // The ID number is the account's user name: browsers may offer the one saved for the portal.
  input: { autocomplete: 'username', inputmode: 'numeric', spellcheck: false, width: 'short' },
  check: (raw, values) => parseCccd(raw, { allowCmnd: true, birthDate: isoBirthDate(values['birthDate']) }),
};

export const fullNameField: FieldSpec = {
  name: 'fullName',
  label: () => msg('Họ và tên', { id: 'field.fullName.label' }),
  hint: () => msg('Viết có dấu, đúng như trên giấy tờ tùy thân.', { id: 'field.fullName.hint' }),
  required: always,
  input: { autocomplete: 'name', autocapitalize: 'words', spellcheck: false },
  check: (raw) => parseName(raw),
};

export const birthDateField: FieldSpec = {
  name: 'birthDate',
  label: () => msg('Ngày sinh', { id: 'field.birthDate.label' }),
  hint: () => msg('Ngày/tháng/năm, ví dụ 25/04/1990.', { id: 'field.birthDate.hint' }),
  required: always,
  input: { autocomplete: 'bday', spellcheck: false, width: 'short' },
  check: (raw) => parseBirthDate(raw),
};

export const phoneField: FieldSpec = {
  name: 'phone',
  label: () => msg('Số điện thoại di động', { id: 'field.phone.label' }),
  hint: () => msg('Số đứng tên bạn; mã OTP sẽ được gửi đến số này.', { id: 'field.phone.hint' }),
  required: always,
  input: { type: 'tel', autocomplete: 'tel', inputmode: 'tel', width: 'short' },
  check: (raw) => parsePhone(raw),
};

export const emailField: FieldSpec = {
  name: 'email',
  label: () => msg('Email', { id: 'field.email.label' }),
  hint: () => msg('Để nhận thông báo từ Cổng Dịch vụ công.', { id: 'field.email.hint' }),
  required: (config) => config.email === 'required',
  input: { type: 'email', autocomplete: 'email', inputmode: 'email', spellcheck: false, autocapitalize: 'off' },
  check: checkEmail,
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
