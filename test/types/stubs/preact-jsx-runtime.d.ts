export { JSXInternal as JSX } from 'preact/src/jsx';
export function jsx(type: unknown, props: unknown, key?: unknown): unknown;
export function jsxs(type: unknown, props: unknown, key?: unknown): unknown;
export const Fragment: unique symbol;
