/** docs/openapi.yaml, parsed at build time (vite.config.ts, `--mode node`). */
declare module '*.yaml' {
  const document: Record<string, unknown>;
  export default document;
}
