/**
 * The message for a problem with one field, whether our own check found it or the backend
 * reported it in a problem's `errors`.
 */
import { msg } from '@lit/localize';
import { problemMessage } from '../../api/messages.js';
import { ApiError } from '../../api/errors.js';
import { isIssueCode } from '../../validation/rules.js';
import { issueMessage } from '../../validation/messages.js';
import type { Issue } from './form-spec.js';

/** Backend codes about one field that our own checks never produce. */
function serverFieldMessage(code: string): string | undefined {
  switch (code) {
    case 'phone_not_matching_id':
    case 'account_exists':
    case 'bhxh_not_found':
    case 'username_taken':
      return problemMessage(new ApiError({ code }));
    case 'password.common':
      return msg('Mật khẩu này quá phổ biến nên dễ bị đoán. Hãy chọn mật khẩu khác.', { id: 'field.password.common' });
    default:
      return undefined;
  }
}

/** Whether a code from the backend has a message of its own (else the caller says something general). */
export function knownFieldCode(code: string): boolean {
  return isIssueCode(code) || serverFieldMessage(code) !== undefined;
}

/** `field` names the field, for a "please enter …" text when it is empty. */
export function fieldErrorMessage(issue: Issue, field?: string): string {
  return serverFieldMessage(issue.code) ?? issueMessage(issue, field);
}

/** A field that differs from the social-insurance record, by kind; the record's value is never said. */
export function mismatchMessage(kind: string): string {
  switch (kind) {
    case 'fullName':
      return msg('Họ và tên không khớp với hồ sơ bảo hiểm xã hội. Hãy viết đầy đủ, có dấu, như trên sổ BHXH.', { id: 'details.mismatch.fullName' });
    case 'birthDate':
      return msg('Ngày sinh không khớp với hồ sơ bảo hiểm xã hội. Hãy kiểm tra lại ngày, tháng, năm.', { id: 'details.mismatch.birthDate' });
    case 'phone':
      return msg('Số điện thoại không khớp với số đã đăng ký trong hồ sơ bảo hiểm xã hội.', { id: 'details.mismatch.phone' });
    default:
      return msg('Thông tin này không khớp với hồ sơ bảo hiểm xã hội.', { id: 'details.mismatch.other' });
  }
}
