import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { ApiError } from '../api/errors.js';
import { isRetryable, problemMessage } from '../api/messages.js';
import { alertBox } from '../fields/alert.js';

/** Failures after which a registration cannot go on: only starting again from the details helps. */
const DEAD_ENDS = new Set(['otp_too_many_attempts', 'registration_expired']);

/**
 * A failed request of a step, said once at the top: "try again" where sending the same again may
 * work (it submits the step's form), "back to your details" where the registration is over.
 */
export function failureAlert(failure: ApiError | undefined, restart?: () => void): TemplateResult | typeof nothing {
  if (!failure) return nothing;
  if (restart && DEAD_ENDS.has(failure.code)) {
    return alertBox(
      'error',
      problemMessage(failure),
      html`<button type="button" class="primary" @click=${restart}>${msg('Quay lại thông tin đăng ký', { id: 'otp.start-again' })}</button>`,
    );
  }
  return alertBox(
    'error',
    problemMessage(failure),
    isRetryable(failure) ? html`<button type="submit" class="secondary">${msg('Thử lại', { id: 'action.retry' })}</button>` : undefined,
  );
}

/** Moves focus to the alert after the render that shows it, so it is read at once. */
export async function focusAlert(host: { updateComplete: Promise<unknown>; renderRoot: ParentNode }): Promise<void> {
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>('[data-alert]')?.focus();
}
