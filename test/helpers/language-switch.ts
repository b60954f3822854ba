/** What the language-switch tests share: the widget's language button, and reading messages where they are shown. */
import { clean, deepQueryAll, getButton, stepHeading, waitFor } from './dom.js';

/** Presses the widget's language button ("English" / "Tiếng Việt") and waits for the step to be re-worded. */
export async function switchTo(el: HTMLElement, locale: 'vi' | 'en', heading: string): Promise<void> {
  getButton(el, locale === 'en' ? 'English' : 'Tiếng Việt').click();
  await waitFor(() => el.getAttribute('lang') === locale && stepHeading(el) === heading, { message: `the step in ${locale}` });
}

/** The error shown at an input (its error message, which the input is described by). */
export function fieldError(el: HTMLElement, id: string): string {
  return clean(deepQueryAll(el, `#${id}-error`)[0]?.textContent);
}

/** The error summary's text. */
export function summary(el: HTMLElement): string {
  return clean(deepQueryAll(el, '[data-error-summary]')[0]?.textContent);
}
