/**
 * Defines a custom element once. The widget's script may be pasted twice into a portal page;
 * a second define() of the same name would throw and could blank the page's other scripts.
 */
export function define(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}
