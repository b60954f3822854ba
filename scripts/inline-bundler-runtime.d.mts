/** Types of inline-bundler-runtime.mjs, for vite.config.ts. */
export function shiftLine(mappings: string, line: number, from: number, delta: number): string;
export function inlineBundlerRuntime(bundle: Record<string, unknown>): boolean;
