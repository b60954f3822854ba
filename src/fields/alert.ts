/**
 * A message about the whole step (not one field), read out at once. Used for backend failures
 * and for states such as an expired OTP, with the actions that lead on.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { css } from 'lit';

export function alertBox(
  kind: 'error' | 'info' | 'success',
  body: TemplateResult | string,
  actions?: TemplateResult,
): TemplateResult {
  // role=alert interrupts; the calmer status role suits news that is not a problem.
  return html`
    <div class="alert alert-${kind}" role=${kind === 'error' ? 'alert' : 'status'} tabindex="-1" data-alert>
      <div>${body}</div>
      ${actions ? html`<div class="actions">${actions}</div>` : nothing}
    </div>
  `;
}

export const alertStyles = css`
  .alert {
    border-inline-start: 6px solid var(--_muted);
    background: #f6f6f6;
    padding: 0.75rem 1rem;
    margin-bottom: calc(var(--_space) * 1.25);
  }
  .alert .actions {
    margin-top: 0.75rem;
  }
  .alert-error {
    border-color: var(--_error);
    background: #fdf0f0;
  }
  .alert-success {
    border-color: var(--_success);
    background: #eef7ee;
  }
  .alert-info {
    border-color: #1a4fa3;
    background: #eef3fb;
  }
`;
