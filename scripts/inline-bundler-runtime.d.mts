/** Types of inline-bundler-runtime.mjs, for vite.config.ts. */
export function shiftFirstLine(mappings: string, from: number, delta: number): string;
export function inlineBundlerRuntime(bundle: Record<string, unknown>): boolean;
