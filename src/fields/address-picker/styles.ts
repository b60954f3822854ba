import { css } from 'lit';

/**
 * The address picker's own styles, on top of sharedStyles and fieldStyles. The option list sits
 * in the page flow rather than floating: nothing around the widget can clip it, and on a phone it
 * stays on screen above the keyboard as the page scrolls.
 */
export const addressPickerStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  fieldset.address > legend {
    font-size: 1.125rem;
    font-weight: 600;
    margin-bottom: 0.5rem;
    padding: 0;
  }
  .combo {
    position: relative;
    max-width: 30rem;
  }
  .combo input {
    padding-inline-end: 2.5rem;
  }
  .chevron {
    position: absolute;
    inset-inline-end: 0.875rem;
    top: 50%;
    width: 0.625rem;
    height: 0.625rem;
    border-inline-end: 2px solid var(--_muted);
    border-bottom: 2px solid var(--_muted);
    transform: translateY(-70%) rotate(45deg);
    pointer-events: none;
  }
  input[readonly] + .chevron {
    display: none;
  }
  input[readonly],
  input:disabled {
    background: var(--dvc-color-readonly, #f3f2f1);
    border-style: dashed;
  }
  input:disabled {
    cursor: not-allowed;
  }
  .popup {
    max-width: 30rem;
    margin-top: 0.25rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .popup[hidden],
  [role='listbox'][hidden] {
    display: none;
  }
  /* The listbox itself scrolls: the note under it stays in view, and assistive technology knows
     the scrolling region as the combobox's popup, reached through the input. */
  [role='listbox'] {
    list-style: none;
    margin: 0;
    padding: 0;
    max-height: min(22rem, 55vh);
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  [role='option'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    min-height: 44px;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid transparent;
    cursor: pointer;
  }
  [role='option'] + [role='option'] {
    border-top: 1px solid var(--dvc-color-divider, #e0e0e0);
  }
  [role='option'][aria-selected='true'] {
    background: var(--dvc-option-active-bg, #e8f0fe);
    border-inline-start-color: var(--_primary);
  }
  [role='option'][data-chosen] .option-name {
    font-weight: 600;
  }
  .badge {
    font-size: 0.8125rem;
    line-height: 1.4;
    padding: 0 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    color: var(--_muted);
    white-space: nowrap;
  }
  .check {
    margin-inline-start: auto;
    color: var(--_primary);
    font-weight: 700;
  }
  .more,
  .none {
    margin: 0;
    padding: 0.5rem 0.75rem;
    color: var(--_muted);
    font-size: 0.9375rem;
  }
  .more {
    border-top: 1px solid var(--dvc-color-divider, #e0e0e0);
  }
  .list-status {
    display: block;
    margin-top: 0.375rem;
    color: var(--_muted);
  }
  .list-failed {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    margin-top: 0.5rem;
  }
  .list-failed .error-message {
    margin: 0;
  }
`;
