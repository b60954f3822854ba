/** The token's journey as a person goes through it: from "ready to sign" to pressing "Ký số". */
import { getButton, stepHeading, waitFor } from './dom.js';
import { press, tabTo } from './user.js';

export interface SignWords {
  /** The plugin check's heading once the plugin is found. */
  readonly ready: string;
  readonly continue: string;
  readonly sign: string;
}

/** Goes on from the plugin check and presses the sign button, by keyboard. */
export async function continueAndSign(el: HTMLElement, w: SignWords): Promise<void> {
  await waitFor(() => stepHeading(el) === w.ready, { message: 'plugin found' });
  await tabTo(getButton(el, w.continue));
  await press('Enter');
  await waitFor(() => getButton(el, w.sign));
  await tabTo(getButton(el, w.sign));
  await press('Enter');
}
