import { html } from 'lit';
import type { Text } from '../localization/text.js';

/**
 * A polite live region that exists from the first render: screen readers ignore regions that
 * appear together with their text. Re-announcing the same words needs the text to change, so a
 * counter toggles an invisible trailing character. What is said is kept as a message and worded
 * at render time, so after a language switch the region holds the words of the language shown.
 */
export class Announcement {
  private count = 0;
  private said: Text = () => '';

  set(text: Text): void {
    this.count++;
    this.said = text;
  }

  render() {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.said()}${this.count & 1 ? '\u00a0' : ''}</div>`;
  }
}
