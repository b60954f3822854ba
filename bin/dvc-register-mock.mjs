#!/usr/bin/env node
// The mock backend over HTTP (docs/mock-server.md). Built by `npm run build` into dist/node/.
import { main } from '../dist/node/mock-server.js';

main(process.argv.slice(2)).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
