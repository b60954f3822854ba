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
