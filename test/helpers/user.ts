/**
 * Acting as a person: typing with the real keyboard (through the browser's input pipeline),
 * pressing keys, clicking.
 */
import { sendKeys } from '@web/test-runner-commands';
import { focused } from './dom.js';

/** Focuses the field, selects what is in it, and types the text as keystrokes. */
export async function type(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  input.select();
  if (text === '') await sendKeys({ press: 'Backspace' });
  else await sendKeys({ type: text });
}

export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/**
 * Presses Tab until the element has focus, then, if it was not ahead, Shift+Tab: a person goes
 * back for a control above (Firefox, unlike Chromium, does not wrap Tab from the page's end back
 * to its start). Fails after a sane number of presses each way.
 */
export async function tabTo(target: Element, { max = 40, shift = false } = {}): Promise<void> {
  for (const backwards of shift ? [true] : [false, true]) {
    for (let i = 0; i < max; i++) {
      if (focused() === target) return;
      if (backwards) {
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
      } else await sendKeys({ press: 'Tab' });
    }
  }
  if (focused() === target) return;
  throw new Error(`Could not reach ${target.outerHTML.slice(0, 80)} with Tab or Shift+Tab`);
}

/** Pastes text into the focused field as a clipboard paste would (a paste event, then insertion). */
export async function paste(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  input.select();
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  if (input.dispatchEvent(event)) {
    // Nothing took over the paste: insert as the browser would.
    document.execCommand('insertText', false, text);
  }
}
