import { css } from 'lit';

export const usbStyles = css`
  .fix-it .detail {
    font-family: ui-monospace, monospace;
    overflow-wrap: anywhere;
  }
  .downloads {
    padding-inline-start: 1.25rem;
  }
  .downloads li {
    margin-block: 0.25rem;
  }
  .pin-note {
    font-weight: 600;
  }
`;
