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
 * Presses Tab until the element has focus, going the way a person would: Shift+Tab for a control
 * above the one with focus, Tab for one below. Never round the end of the page: Firefox does not
 * wrap Tab there but moves focus out to its own toolbar, and a later Shift+Tab then marks a control
 * of the page active without giving the page keyboard focus back, so Enter on that button does
 * nothing (seen headless, driven over WebDriver BiDi). If the control is not found that way, tries
 * the other direction. Fails after a sane number of presses each way.
 */
export async function tabTo(target: Element, { max = 40, shift = false } = {}): Promise<void> {
  const from = focused();
  const above = shift || (from !== null && from !== document.body && precedes(target, from));
  for (const backwards of shift ? [true] : [above, !above]) {
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

/** The node and its ancestors from the document down, stepping from a shadow root to its host. */
function composedAncestry(node: Node): Node[] {
  const chain: Node[] = [];
  for (let n: Node | null = node; n; n = isShadowRoot(n) ? n.host : n.parentNode) chain.unshift(n);
  return chain;
}

/** Duck-typed, not instanceof: a node may come from another frame (test/csp). */
function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in node;
}

/**
 * Whether `a` comes before `b` in the page as rendered, through shadow roots (compareDocumentPosition
 * does not compare nodes in different trees): an ancestor comes first, and a host's shadow tree
 * before its light children. Nodes of different documents: no (Tab forward, as before).
 */
function precedes(a: Node, b: Node): boolean {
  const pa = composedAncestry(a);
  const pb = composedAncestry(b);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  if (i === 0) return false;
  if (i === pa.length) return true;
  if (i === pb.length) return false;
  const [x, y] = [pa[i]!, pb[i]!];
  if (isShadowRoot(x)) return true;
  if (isShadowRoot(y)) return false;
  return Boolean(x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING);
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
