/**
 * Imported first by test/platform/older-apis.test.ts: removes from this page every API newer than
 * the support floor (Safari/iOS 15.0, Chrome 90, Firefox 91; "Browser support" in the README) that
 * the widget, Lit, zod or the mocks might reach for, before any of them loads. What is removed is
 * what those browsers lack; syntax cannot be removed, the build checks it instead
 * (scripts/check-browser-syntax.mjs).
 */
type Owner = Record<string, unknown>;

const NEWER_APIS: [owner: object, name: string, since: string][] = [
  [AbortSignal, 'any', 'Safari 17.4, Chrome 116'],
  [AbortSignal, 'timeout', 'Safari 16, Chrome 103'],
  [AbortSignal.prototype, 'throwIfAborted', 'Safari 15.4, Chrome 100'],
  [AbortSignal.prototype, 'reason', 'Safari 15.4, Chrome 98'],
  [Array.prototype, 'at', 'Safari 15.4, Chrome 92'],
  [String.prototype, 'at', 'Safari 15.4, Chrome 92'],
  [Array.prototype, 'findLast', 'Safari 15.4, Chrome 97'],
  [Array.prototype, 'findLastIndex', 'Safari 15.4, Chrome 97'],
  [Array.prototype, 'toSorted', 'Safari 16, Chrome 110'],
  [Array.prototype, 'toReversed', 'Safari 16, Chrome 110'],
  [Array.prototype, 'toSpliced', 'Safari 16, Chrome 110'],
  [Array.prototype, 'with', 'Safari 16, Chrome 110'],
  [Object, 'hasOwn', 'Safari 15.4, Chrome 93'],
  [Object, 'groupBy', 'Safari 17.4, Chrome 117'],
  [Promise, 'withResolvers', 'Safari 17.4, Chrome 119'],
  [String.prototype, 'isWellFormed', 'Safari 16.4, Chrome 111'],
  [String.prototype, 'toWellFormed', 'Safari 16.4, Chrome 111'],
  [crypto, 'randomUUID', 'Safari 15.4, Chrome 92'],
  [Element.prototype, 'checkVisibility', 'Safari 17.4, Chrome 105'],
  [HTMLFormElement.prototype, 'requestSubmit', 'Safari 16, Chrome 76'],
  [HTMLElement.prototype, 'showPopover', 'Safari 17, Chrome 114'],
  // Constructable style sheets in shadow roots: Lit then falls back to <style> elements.
  [Document.prototype, 'adoptedStyleSheets', 'Safari 16.4, Chrome 73'],
  [ShadowRoot.prototype, 'adoptedStyleSheets', 'Safari 16.4, Chrome 73'],
];

/** Where the named property really lives (an own property of the owner or up its prototype chain). */
function holderOf(owner: object, name: string): Owner | undefined {
  for (let o: object | null = owner; o; o = Object.getPrototypeOf(o)) {
    if (Object.prototype.hasOwnProperty.call(o, name)) return o as Owner;
  }
  return undefined;
}

/**
 * structuredClone (Safari 15.4, Chrome 98) cannot be removed: the test runner's own page code
 * needs it. It is watched instead, and the test fails when a call comes from anything but the
 * test runner.
 */
export const structuredCloneCallers: string[] = [];
const realStructuredClone = globalThis.structuredClone;
globalThis.structuredClone = function watchedStructuredClone(value: unknown, options?: StructuredSerializeOptions) {
  const stack = new Error().stack ?? '';
  if (!/@web\/test-runner|\/__web-dev-server|mocha/.test(stack)) structuredCloneCallers.push(stack);
  return realStructuredClone(value, options);
} as typeof structuredClone;

export const removed: string[] = [];
for (const [owner, name] of NEWER_APIS) {
  const holder = holderOf(owner, name);
  // Only on the object the floor lacks it on: never strip an inherited Object.prototype member.
  if (holder && (holder === owner || owner === globalThis)) {
    delete holder[name];
    removed.push(name);
  }
}
