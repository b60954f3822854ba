// Browser tests run in a real, headless Chromium found on this machine (never downloaded).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome, HEADLESS_FLAGS, HOW_TO_GET_ONE } from './scripts/find-chrome.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { startSigningFixtureServer } from './scripts/signing-fixture-server.mjs';
import { visualPlugin } from './scripts/visual-plugin.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(HOW_TO_GET_ONE);
  process.exit(1);
}

const require = createRequire(import.meta.url);
const workerScript = require.resolve('msw/mockServiceWorker.js');

/**
 * MSW's worker unregisters itself when the last page it controls closes. Test pages come and go
 * two at a time, so a page could start loading just as the page before it closed: it then loads
 * uncontrolled while the dying registration is still listed, and MSW's start() answers that with
 * location.reload(), which throws away the page and its tests ("Tests were interrupted because
 * the page was reloaded", seen under load in CI). For the test run the worker stays registered.
 */
const SELF_UNREGISTER = 'self.registration.unregister()';
const mswScript = readFileSync(workerScript, 'utf8');
if (!mswScript.includes(SELF_UNREGISTER)) throw new Error(`msw's mockServiceWorker.js changed: no "${SELF_UNREGISTER}" to take out`);
/**
 * A page can still load uncontrolled: the first two test pages start together, and one can finish
 * navigating just after the worker the other installed claimed the open pages. MSW would reload it
 * too. The test worker therefore claims the pages again when one asks (test/helpers/mock-worker.ts).
 */
const CLAIM_REQUEST = 'dvc-register-test:claim';
const claimOnRequest = `
addEventListener('message', function (event) {
  if (event.data === ${JSON.stringify(CLAIM_REQUEST)}) event.waitUntil(self.clients.claim())
})
`;
/**
 * MSW's worker keeps the pages that mock in memory (activeClientIds). A worker the browser stopped
 * and started again has forgotten them all and lets every request through to the test server (seen
 * in CI under load: a test's captcha, provinces and username check answered 404 by the server for
 * its whole 20 s wait). Each page running MSW sends a keepalive every 5 s: it is known again then.
 */
if (!mswScript.includes('const activeClientIds')) throw new Error("msw's mockServiceWorker.js changed: no activeClientIds to remember pages in");
const rememberOnKeepalive = `
addEventListener('message', function (event) {
  if (event.data === 'KEEPALIVE_REQUEST' && event.source) activeClientIds.add(event.source.id)
})
`;
/**
 * Only the requests of pages that mock go through MSW. MSW's own handler takes every request once
 * any page mocks, and for a page that does not (a test of the built loader) may hand it to another
 * page's MSW, which can close before it answers: the request then never ends (seen in CI under
 * load: the loader's core never arrived). Runs before MSW's listener, so it can stop it.
 */
const onlyPagesThatMock = `
addEventListener('fetch', function (event) {
  if (!activeClientIds.has(event.clientId)) event.stopImmediatePropagation()
})
`;
const testWorkerScript =
  onlyPagesThatMock +
  mswScript.replace(SELF_UNREGISTER, '/* kept registered for the whole test run (web-test-runner.config.mjs) */ void 0') +
  claimOnRequest +
  rememberOnKeepalive;

/** Serves msw's own worker at the site root so its scope covers every test page and its version matches msw. */
const mswWorker = {
  name: 'msw-worker',
  serve(context) {
    if (context.path === '/mockServiceWorker.js') return { body: testWorkerScript, type: 'js' };
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

/**
 * The built loader (dist/dvc-register.js) beside a core that cannot parse (as in a browser below
 * the support floor) or that never arrives (a network failure): /__unparsable-core/dist/… and
 * /__missing-core/dist/… (test/platform/loader-*.test.ts).
 */
const brokenCores = {
  name: 'broken-cores',
  serve(context) {
    const found = /^\/__(unparsable|missing)-core\/(dist\/.+\.js)$/.exec(context.path);
    if (!found) return undefined;
    const [, kind, file] = found;
    if (file === 'dist/dvc-register.js') return { body: readFileSync(file, 'utf8'), type: 'js' };
    // A syntax error the test server's own parser would trip over first; a missing import binding
    // is the same SyntaxError to the browser, raised before any of the module runs.
    if (kind === 'unparsable') return { body: `import { notExported } from './${basename(file)}';\nexport const n = notExported;`, type: 'js' };
    return undefined; // Nothing there: the dev server answers 404.
  },
};

/**
 * The built widget with one chunk answered a second late, as on a slow line:
 * /__slow-<chunk>/dist/… holds <chunk> (core: test/dist/loader-english.test.ts; method-vnpost:
 * test/dist/form-steps-beside.test.ts). The server notes when each chunk was asked for (its own
 * clock: browsers round their resource timings, Firefox under load to nothing useful), and
 * /__slow-<chunk>/arrivals tells the page: ms after the held chunk's request, by chunk name.
 */
const SLOW_CHUNK_MS = 1000;
/** Per held chunk, when each chunk was last asked for through its prefix. */
const slowArrivals = new Map();
const slowChunk = {
  name: 'slow-chunk',
  async serve(context) {
    const arrivals = /^\/__slow-([a-z-]+)\/arrivals$/.exec(context.path);
    if (arrivals) {
      const seen = slowArrivals.get(arrivals[1]) ?? new Map();
      const held = seen.get(arrivals[1]);
      const body = Object.fromEntries([...seen].map(([name, at]) => [name, at - held]));
      return { body: JSON.stringify(body), type: 'json' };
    }
    const found = /^\/__slow-([a-z-]+)\/(dist\/.+\.js)$/.exec(context.path);
    if (!found) return undefined;
    const [, heldName, file] = found;
    const chunk = /\/chunks\/([a-z-]+)-[\w-]{6}\.js$/.exec(file)?.[1];
    if (!slowArrivals.has(heldName)) slowArrivals.set(heldName, new Map());
    if (chunk) slowArrivals.get(heldName).set(chunk, Date.now());
    if (chunk === heldName) await new Promise((resolve) => setTimeout(resolve, SLOW_CHUNK_MS));
    return { body: readFileSync(file, 'utf8'), type: 'js' };
  },
};

/**
 * The strict CSP a portal may run (README, "Content Security Policy"), on a page that loads the
 * built widget: /__strict-csp/phone.html (test/csp/strict-csp.test.ts). worker-src is for the mock
 * backend's service worker only.
 */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "require-trusted-types-for 'script'",
  "trusted-types lit-html 'allow-duplicates'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');
const strictCspPage = {
  name: 'strict-csp-page',
  serve(context) {
    if (context.path !== '/__strict-csp/phone.html') return undefined;
    return {
      type: 'html',
      headers: { 'Content-Security-Policy': STRICT_CSP },
      body: `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <title>dvc-register under a strict CSP</title>
    <script type="module" src="/test/csp/csp-page.ts"></script>
  </head>
  <body>
    <dvc-register methods="phone"></dvc-register>
  </body>
</html>`,
    };
  },
};

/**
 * The launcher reuses a page for the next test file, at the same address ("/"), so this tab's
 * sessionStorage and the widget's draft key (src/register/draft.ts: prefix, path, position) carry
 * over: what the last test of one file typed, written as its page went away, came back in the next
 * file's first widget (seen: the built loader's English page opened on a restored details form, its
 * first step never appeared, in CI and whenever that file ran after a phone journey). Forgotten
 * before any test module runs; test/helpers/mock-worker.ts forgets them between tests of a file.
 */
const DRAFT_KEY_PREFIX = 'dvc-register:draft';
if (!readFileSync('src/register/draft.ts', 'utf8').includes(`'${DRAFT_KEY_PREFIX}'`)) throw new Error('src/register/draft.ts changed its draft key prefix');
const testRunnerHtml = (testFramework) =>
  `<!DOCTYPE html><html><head><script>for (const key of Object.keys(sessionStorage)) if (key.startsWith(${JSON.stringify(DRAFT_KEY_PREFIX)})) sessionStorage.removeItem(key)</script></head>` +
  `<body><script type="module" src="${testFramework}"></script></body></html>`;

export default {
  // The visual check runs on its own (web-test-runner.visual.config.mjs).
  files: ['test/**/*.test.ts', '!test/visual/**'],
  nodeResolve: true,
  testRunnerHtml,
  // Each file is its own page; two pages at a time suits the two cores here and in CI.
  concurrency: 2,
  // Above test/helpers/dom.ts's PATIENCE_MS, so a slow wait on a busy CI machine fails with its
  // own message, and long enough for a story that walks a whole journey under load.
  testFramework: { config: { timeout: 60000 } },
  // A file is one page; the stories files walk many journeys each.
  testsFinishTimeout: 600_000,
  // A page's first module graph (the widget from source) can take well over the default 20 s to
  // start on a busy 2-core machine; Firefox hit it under load.
  testsStartTimeout: 120_000,
  plugins: [mswWorker, jsonModules, signingFixtures, visualPlugin(), brokenCores, slowChunk, strictCspPage, esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          ...HEADLESS_FLAGS,
          // Two test pages run at once; the one in the background must keep its timers and frames.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
          // Tests only: the signing-plugin fixture server on 127.0.0.1 has a certificate made at
          // test time, as a real plugin's self-signed loopback certificate would be.
          '--allow-insecure-localhost',
        ],
      },
      // Each test page in a window of its own. As tabs of one window, only the newest page is
      // visible: the other is hidden, and a hidden page gets no animation frames, whatever the
      // flags above say. A test waiting for a frame (open-wc's fixture() does) then never ends
      // (test/steps/subject-step.test.ts, run beside any other file).
      createPage: ({ context }) => context.newPage({ type: 'window' }),
    }),
  ],
  // Lit's dev build says so once per page; everything else a page logs is shown.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter({ outFile: '.test-results/browser.json' })],
};
