#!/usr/bin/env node
// Checks a registration backend against docs/openapi.yaml (docs/conformance.md).
import { main } from '../dist/node/conformance.js';

main(process.argv.slice(2)).then(
  (status) => process.exit(status),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
