import { css } from 'lit';
import { errorSummaryStyles } from './error-summary-styles.js';

/**
 * Styles of the shared field templates (fields/*.ts); steps that render fields include them.
 * The error summary's are apart: the first step (a choice) needs those alone, on the first load.
 */
export const fieldStyles = css`
  ${errorSummaryStyles}
  .field {
    margin-bottom: calc(var(--_space) * 1.25);
  }
  .field label,
  .field legend,
  .label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  .required-mark {
    color: var(--_error);
    margin-inline-start: 0.125rem;
  }
  .field .hint {
    display: block;
    margin-bottom: 0.375rem;
    font-size: 0.9375rem;
  }
  input[type='text'],
  input[type='tel'],
  input[type='email'],
  input[type='password'],
  input:not([type]),
  select {
    font: inherit;
    width: 100%;
    max-width: 30rem;
    min-height: 44px;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
  }
  input.width-short {
    max-width: 12rem;
  }
  [data-user-invalid] input,
  input[aria-invalid='true'] {
    border-color: var(--_error);
  }
  .field[data-user-invalid] {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: 0.75rem;
  }
  .error-message {
    display: block;
    color: var(--_error);
    font-weight: 600;
    margin-bottom: 0.375rem;
  }
  /* An error is more than red: an icon (silent for screen readers) before the visible "Lỗi:". */
  .error-message::before {
    content: '!' / '';
    display: inline-grid;
    place-items: center;
    width: 1.25em;
    height: 1.25em;
    margin-inline-end: 0.375rem;
    border-radius: 50%;
    background: var(--_error);
    color: #ffffff;
    font-weight: 700;
    line-height: 1;
  }
  /* Read-only values look fixed, not like an empty box to type in. */
  input[readonly] {
    background: var(--dvc-color-readonly, #f3f2f1);
    border-style: dashed;
  }
  .warning-message {
    display: block;
    color: var(--_warning);
    margin-top: 0.375rem;
  }
  fieldset {
    border: none;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .checkbox {
    display: flex;
    gap: 0.75rem;
    align-items: center;
    min-height: 44px;
    margin-bottom: 0.75rem;
    cursor: pointer;
  }
  .checkbox input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_primary);
  }
  .field-status {
    display: block;
    margin-top: -0.75rem;
    margin-bottom: calc(var(--_space) * 1.25);
    min-height: 1.5em;
  }
  .field-status.ok {
    color: var(--_success);
  }
`;
