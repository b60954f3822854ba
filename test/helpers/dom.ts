/**
 * Finding things the way a person does (by label, by button name, by heading), through every
 * shadow root of the widget.
 */

/** Every element matching the selector, in this root and every shadow root below it. */
export function deepQueryAll<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  const found: T[] = [...root.querySelectorAll<T>(selector)];
  // Duck-typed, not instanceof: the root may come from another frame (test/csp).
  const shadow = (root as Partial<Element>).shadowRoot;
  if (shadow) found.push(...deepQueryAll<T>(shadow, selector));
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) found.push(...deepQueryAll<T>(el.shadowRoot, selector));
  }
  return found;
}

/** Text as read: whitespace collapsed. */
export function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function matches(text: string, wanted: string | RegExp): boolean {
  return typeof wanted === 'string' ? text === wanted || text.startsWith(`${wanted} `) || text.startsWith(`${wanted}*`) : wanted.test(text);
}

function isShown(el: Element): boolean {
  return (el as HTMLElement).offsetParent !== null || el.getClientRects().length > 0;
}

/** The input a <label> names, matched on the label's text (a leading part is enough: "Họ và tên" matches "Họ và tên* (bắt buộc)"). */
export function getByLabel(root: ParentNode, label: string | RegExp): HTMLInputElement {
  const labels = deepQueryAll<HTMLLabelElement>(root, 'label').filter((l) => matches(clean(l.textContent), label));
  const control = labels.map((l) => l.control).find((c): c is HTMLInputElement => c instanceof HTMLInputElement);
  if (!control) throw new Error(`No field labelled ${String(label)}. Labels: ${deepQueryAll(root, 'label').map((l) => clean(l.textContent)).join(' | ')}`);
  return control;
}

/** A visible button or link by its text. */
export function getButton(root: ParentNode, name: string | RegExp): HTMLElement {
  const candidates = deepQueryAll<HTMLElement>(root, 'button, a[href]').filter((b) => isShown(b));
  const found = candidates.find((b) => matches(clean(b.textContent), name));
  if (!found) throw new Error(`No button named ${String(name)}. Buttons: ${candidates.map((b) => clean(b.textContent)).join(' | ')}`);
  return found;
}

export function queryButton(root: ParentNode, name: string | RegExp): HTMLElement | undefined {
  try {
    return getButton(root, name);
  } catch {
    return undefined;
  }
}

/** A radio by its label text. */
export function getRadio(root: ParentNode, label: string | RegExp): HTMLInputElement {
  const radio = deepQueryAll<HTMLInputElement>(root, 'input[type=radio]').find((r) =>
    [...(r.labels ?? [])].some((l) => matches(clean(l.querySelector('.choice-label')?.textContent ?? l.textContent), label)),
  );
  if (!radio) throw new Error(`No radio labelled ${String(label)}`);
  return radio;
}

/** The element that has focus, looking inside shadow roots. */
export function focused(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The step's heading (h3) currently shown. */
export function stepHeading(root: ParentNode): string {
  return clean(deepQueryAll(root, 'h3')[0]?.textContent);
}

/** All text a sighted person can read in the widget, one string. */
export function visibleText(root: ParentNode): string {
  return clean(
    deepQueryAll(root, 'h2, h3, h4, p, li, label, span.error-message, span.warning-message, span.hint, a, button, [role=alert], [role=status]')
      .filter((el) => !el.closest('.visually-hidden') && isShown(el))
      .map((el) => el.textContent)
      .join(' '),
  );
}

/** What the polite and assertive live regions say right now. */
export function announcements(root: ParentNode): string[] {
  return deepQueryAll(root, '[role=status], [role=alert], [aria-live]')
    .map((el) => clean(el.textContent))
    .filter(Boolean);
}

/**
 * How long any wait may take at least. CI is a busy 2-core machine where a captcha round trip
 * through the mock's service worker or a lazy chunk can take seconds; a wait returns as soon as its
 * condition holds, so a long limit costs nothing when things work and only delays a real failure.
 * (Story waits failed at 5–8 s under load.) The mocha limit per test is above it (web-test-runner.config.mjs).
 */
export const PATIENCE_MS = 20_000;

/**
 * Waits until the check passes (returns truthy), or fails with the last error. The check runs
 * every 25 ms, so it ends as soon as it can. `timeout` may lengthen the wait, never shorten it
 * below PATIENCE_MS: no test may depend on a wait running out.
 */
export async function waitFor<T>(check: () => T | undefined | false, { timeout = PATIENCE_MS, message = '' } = {}): Promise<T> {
  const end = Date.now() + Math.max(timeout, PATIENCE_MS);
  let lastError: unknown;
  while (Date.now() < end) {
    try {
      const value = check();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`waitFor timed out${message ? `: ${message}` : ''}${lastError ? ` (${String(lastError)})` : ''}`);
}
