import { css } from 'lit';

export const hostStyles = css`
  :host {
    display: block;
    max-width: var(--dvc-max-width, 40rem);
  }
  :host([hidden]) {
    display: none;
  }
  .frame {
    background: var(--_surface);
    border: 1px solid var(--dvc-frame-border, #d0d0d0);
    border-radius: calc(var(--_radius) * 1.5);
    padding: clamp(1rem, 4vw, 2rem);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    margin-bottom: var(--_space);
  }
  header h2 {
    font-size: 1.5rem;
    margin: 0;
  }
  .progress {
    color: var(--_muted);
    margin: 0 0 0.25rem;
  }
  .back {
    margin-bottom: 0.5rem;
  }
`;
