// react/jsx-runtime re-exports React's JSX namespace, as @types/react 19 does.
export { JSX } from 'react';
export function jsx(type: unknown, props: unknown, key?: unknown): unknown;
export function jsxs(type: unknown, props: unknown, key?: unknown): unknown;
export const Fragment: unique symbol;
