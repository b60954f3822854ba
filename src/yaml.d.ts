/** docs/openapi.yaml, parsed at build time (vite.config.ts, `--mode node`). */
declare module '*.yaml' {
  const document: Record<string, unknown>;
  export default document;
}

/** js-yaml (through openapi-typescript) parses it in vite.config.ts; only `load` is used. */
declare module 'js-yaml' {
  export function load(text: string): unknown;
}
