import { html } from 'lit';

/**
 * A polite live region that exists from the first render: screen readers ignore regions that
 * appear together with their text. Re-announcing the same words needs the text to change, so a
 * counter toggles an invisible trailing character.
 */
export class Announcement {
  private count = 0;
  text = '';

  set(text: string): void {
    this.count++;
    this.text = `${text}${this.count % 2 ? '' : '\u00a0'}`;
  }

  render() {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.text}</div>`;
  }
}
