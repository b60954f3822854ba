/**
 * Styles every part of the widget shares. Component tokens fall back to a few system tokens,
 * so a portal can restyle the widget with a handful of --dvc-* custom properties.
 */
import { css } from 'lit';

export const sharedStyles = css`
  :host {
    --_primary: var(--dvc-color-primary, #b3261e);
    --_on-primary: var(--dvc-color-on-primary, #ffffff);
    --_text: var(--dvc-color-text, #1c1b1f);
    --_muted: var(--dvc-color-muted, #4f4a4a);
    --_border: var(--dvc-color-border, #79747e);
    --_error: var(--dvc-color-error, #b00020);
    --_warning: var(--dvc-color-warning, #7a4f00);
    --_success: var(--dvc-color-success, #1b5e20);
    --_focus: var(--dvc-color-focus, #ffbf47);
    /* Selected choices: a blue far from the error red, so "chosen" never reads as "wrong". */
    --_selected: var(--dvc-color-selected, #1d70b8);
    --_selected-surface: var(--dvc-color-selected-surface, #eef4fb);
    --_surface: var(--dvc-color-surface, #ffffff);
    --_radius: var(--dvc-radius, 6px);
    --_space: var(--dvc-space, 1rem);
    color: var(--_text);
    font-family: var(--dvc-font-family, system-ui, 'Segoe UI', Roboto, Arial, sans-serif);
    font-size: var(--dvc-font-size, 1rem);
    line-height: 1.5;
    /* Reflow: on a 320 px screen with text at 200 %, a long word ("registration", an email
       address) breaks rather than pushing the widget wider than the screen. */
    overflow-wrap: anywhere;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  h2,
  h3 {
    margin: 0 0 var(--_space);
    line-height: 1.25;
  }
  h3 {
    font-size: 1.375rem;
  }
  h3:focus {
    outline: none;
  }
  p {
    margin: 0 0 var(--_space);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--_text);
  }
  button,
  .button {
    font: inherit;
    min-height: 44px;
    padding: 0.5rem 1.25rem;
    border-radius: var(--_radius);
    cursor: pointer;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
  }
  .primary {
    background: var(--dvc-button-bg, var(--_primary));
    color: var(--dvc-button-color, var(--_on-primary));
    border: 2px solid transparent;
    font-weight: 600;
  }
  .secondary {
    background: var(--_surface);
    color: var(--_primary);
    border: 2px solid currentColor;
  }
  .link {
    background: none;
    border: none;
    color: var(--dvc-link-color, #1a4fa3);
    text-decoration: underline;
    padding: 0.25rem 0;
    min-height: 44px;
  }
  button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    margin-top: calc(var(--_space) * 1.5);
  }
  .hint {
    color: var(--_muted);
  }
  @media (prefers-reduced-motion: no-preference) {
    button {
      transition: background-color 120ms ease;
    }
  }
`;
