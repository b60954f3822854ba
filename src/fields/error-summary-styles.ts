import { css } from 'lit';

/** The error summary (error-summary.ts) at the top of a form: a thick red box of links to the fields. */
export const errorSummaryStyles = css`
  .error-summary {
    border: 4px solid var(--_error);
    padding: var(--_space);
    margin-bottom: calc(var(--_space) * 1.5);
  }
  .error-summary:focus {
    outline: 3px solid var(--_focus);
  }
  .error-summary h3,
  .error-summary h4 {
    margin: 0 0 0.5rem;
    font-size: 1.125rem;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 600;
  }
`;
