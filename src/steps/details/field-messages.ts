/**
 * The message for a problem with one field, whether our own check found it or the backend
 * reported it in a problem's `errors`.
 */
import { problemMessage } from '../../api/messages.js';
import { ApiError } from '../../api/errors.js';
import { issueMessage } from '../../validation/messages.js';
import type { Issue } from './form-spec.js';

/** Backend codes that describe a field and have a message of their own. */
const SERVER_FIELD_CODES = new Set(['phone_not_matching_id', 'account_exists']);

/** `field` names the field, for a "please enter …" text when it is empty. */
export function fieldErrorMessage(issue: Issue, field?: string): string {
  if (SERVER_FIELD_CODES.has(issue.code)) return problemMessage(new ApiError({ code: issue.code as 'phone_not_matching_id' }));
  return issueMessage(issue, field);
}
