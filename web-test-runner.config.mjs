// Browser tests run in a real, headless Chromium found on this machine (never downloaded).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome, HOW_TO_GET_ONE } from './scripts/find-chrome.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { startSigningFixtureServer } from './scripts/signing-fixture-server.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(HOW_TO_GET_ONE);
  process.exit(1);
}

const require = createRequire(import.meta.url);
const workerScript = require.resolve('msw/mockServiceWorker.js');

/** Serves msw's own worker at the site root so its scope covers every test page and its version matches msw. */
const mswWorker = {
  name: 'msw-worker',
  serve(context) {
    if (context.path === '/mockServiceWorker.js') {
      return { body: readFileSync(workerScript, 'utf8'), type: 'js' };
    }
  },
};

/** Serves imported JSON files as JavaScript modules, as Vite does (the mock's address data). */
const jsonModules = {
  name: 'json-modules',
  resolveMimeType(context) {
    if (context.path.endsWith('.json')) return 'js';
  },
  transform(context) {
    if (context.path.endsWith('.json')) return { body: `export default ${context.body};` };
  },
};

/**
 * The signing-plugin adapters are tested over a real wss:// socket: a server replaying
 * test/fixtures/signing/ on 127.0.0.1, started the first time a test asks where it is
 * (`/__signing/servers`); `/__signing/log` lists what it received.
 */
let signingServer;
const signingFixtures = {
  name: 'signing-fixtures',
  async serve(context) {
    if (!context.path.startsWith('/__signing/')) return undefined;
    signingServer ??= startSigningFixtureServer();
    const server = await signingServer;
    if (context.path === '/__signing/servers') {
      const { port, silentPort, closedPort } = server;
      return { body: JSON.stringify({ port, silentPort, closedPort }), type: 'json' };
    }
    if (context.path === '/__signing/log') return { body: JSON.stringify(server.log), type: 'json' };
    return undefined;
  },
  async serverStop() {
    if (signingServer) await (await signingServer).close();
  },
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // Each file is its own page; two pages at a time suits the two cores here and in CI.
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  // A file is one page; the stories files walk many journeys each.
  testsFinishTimeout: 600_000,
  plugins: [mswWorker, jsonModules, signingFixtures, esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-dev-shm-usage',
          // Two test pages run at once; the one in the background must keep its timers and frames.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
          // Tests only: the signing-plugin fixture server on 127.0.0.1 has a certificate made at
          // test time, as a real plugin's self-signed loopback certificate would be.
          '--allow-insecure-localhost',
        ],
      },
    }),
  ],
  // Lit's dev build says so once per page; everything else a page logs is shown.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter({ outFile: '.test-results/browser.json' })],
};
