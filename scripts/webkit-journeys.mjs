// Runs the journeys of test/webkit/journeys.ts in WebKit (WebKitGTK's MiniBrowser, the engine of
// Safari) against the built dist/ bundle with the mock backend, through WebKitWebDriver (classic
// W3C WebDriver over HTTP) under a virtual display (Xvfb): `npm test` runs it after the Chromium
// and Firefox suites. Each journey is one test in a fresh page; the totals go to
// .test-results/webkit.json like the other runners'. Nothing is downloaded.
//   node scripts/webkit-journeys.mjs [--only "phone"]
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { build } from 'esbuild';
import { testResults } from './test-results.mjs';

const require = createRequire(import.meta.url);
const JOURNEY_TIMEOUT_MS = 90_000;
const DRIVER = process.env.WEBKIT_WEBDRIVER ?? '/usr/bin/WebKitWebDriver';
const BROWSER = process.env.WEBKIT_BROWSER ?? ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/libexec/webkit2gtk-4.1/MiniBrowser'].find((p) => existsSync(p));
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;

const { totals, failures, write } = testResults('webkit');

if (!existsSync(DRIVER) || !BROWSER || !existsSync('/usr/bin/Xvfb')) {
  console.error('WebKit journeys need WebKitWebDriver, MiniBrowser and Xvfb:\n  Debian/Ubuntu: sudo apt-get install -y webkit2gtk-driver xvfb');
  totals.failed++;
  failures.push('WebKitWebDriver, MiniBrowser or Xvfb is missing');
  write();
  process.exit(1);
}

/** Everything started here, stopped on the way out whatever happens. */
const children = [];
const stopAll = () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
};
process.on('exit', stopAll);

/** A virtual display; -displayfd tells which number it took. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('/usr/bin/Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    children.push(xvfb);
    let out = '';
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
  });
}

/** The journeys page, the built widget and msw's worker, on a port of its own. */
async function startServer() {
  const bundle = await build({
    entryPoints: ['test/webkit/journeys.ts'],
    bundle: true,
    format: 'esm',
    target: 'es2021',
    write: false,
    tsconfig: 'tsconfig.json',
    loader: { '.json': 'json' },
    logLevel: 'error',
  });
  const journeysJs = bundle.outputFiles[0].contents;
  const page = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>WebKit journeys</title>
<script type="module" src="/journeys.js"></script><script type="module" src="/dist/dvc-register.js"></script></head><body></body></html>`;
  const types = { '.js': 'text/javascript', '.map': 'application/json', '.html': 'text/html' };
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const send = (status, type, body) => {
      res.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store' });
      res.end(body);
    };
    if (path === '/') return send(200, 'text/html', page);
    if (path === '/journeys.js') return send(200, 'text/javascript', journeysJs);
    if (path === '/mockServiceWorker.js') return send(200, 'text/javascript', readFileSync(require.resolve('msw/mockServiceWorker.js')));
    const file = normalize(join('.', path));
    if (file.startsWith('dist/') && existsSync(file)) return send(200, types[extname(file)] ?? 'application/octet-stream', readFileSync(file));
    return send(404, 'text/plain', 'not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** The W3C WebDriver commands used here, over plain HTTP. */
function webdriver(base) {
  const call = async (method, path, body) => {
    const response = await fetch(`${base}${path}`, { method, headers: { 'Content-Type': 'application/json' }, body: body && JSON.stringify(body) });
    const data = await response.json();
    if (!response.ok) throw new Error(`${method} ${path}: ${data.value?.error}: ${data.value?.message}`);
    return data.value;
  };
  return { call };
}

async function waitForDriver(base) {
  const end = Date.now() + 30_000;
  while (Date.now() < end) {
    try {
      const r = await fetch(`${base}/status`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('WebKitWebDriver did not start');
}

const started = Date.now();
const display = await startXvfb();
const server = await startServer();
const pageUrl = `http://localhost:${server.address().port}/`;
const driverPort = 4444 + Math.floor(Math.random() * 1000);
const driverProcess = spawn(DRIVER, [`--port=${driverPort}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
children.push(driverProcess);
const base = `http://127.0.0.1:${driverPort}`;
let sessionId;
try {
  await waitForDriver(base);
  const { call } = webdriver(base);
  const session = await call('POST', '/session', {
    capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: BROWSER, args: ['--automation'] } } },
  });
  sessionId = session.sessionId;
  console.log(`WebKit ${session.capabilities.browserVersion} (MiniBrowser) on ${display}, page ${pageUrl}`);
  await call('POST', `/session/${sessionId}/timeouts`, { script: JOURNEY_TIMEOUT_MS, pageLoad: 60_000 });

  await call('POST', `/session/${sessionId}/url`, { url: pageUrl });
  const names = await call('POST', `/session/${sessionId}/execute/async`, {
    script: `const done = arguments[0];
      const wait = () => (window.dvcJourneys ? done(Object.keys(window.dvcJourneys)) : setTimeout(wait, 50));
      wait();`,
    args: [],
  });
  for (const name of names) {
    if (only && !name.includes(only)) {
      totals.skipped++;
      continue;
    }
    const t0 = Date.now();
    // A fresh page per journey: nothing left from the one before.
    await call('POST', `/session/${sessionId}/url`, { url: pageUrl });
    let result;
    try {
      result = await call('POST', `/session/${sessionId}/execute/async`, {
        script: `const [name, done] = arguments;
          const errors = [];
          window.addEventListener('error', (e) => errors.push(String(e.message)));
          window.addEventListener('unhandledrejection', (e) => errors.push('unhandled rejection: ' + String(e.reason && (e.reason.stack || e.reason))));
          const wait = () => (window.dvcJourneys ? go() : setTimeout(wait, 50));
          const go = () => window.dvcJourneys[name]().then(
            () => done(errors.length ? { ok: false, error: errors.join('\\n') } : { ok: true }),
            (e) => done({ ok: false, error: String(e) + '\\n' + String(e && e.stack) + (errors.length ? '\\n' + errors.join('\\n') : '') }),
          );
          wait();`,
        args: [name],
      });
    } catch (error) {
      result = { ok: false, error: String(error.message) };
    }
    const seconds = ((Date.now() - t0) / 1000).toFixed(1);
    if (result.ok) {
      totals.passed++;
      console.log(`  ✓ WebKit journey: ${name} (${seconds} s)`);
    } else {
      totals.failed++;
      failures.push(`${name}: ${result.error.split('\n')[0]}`);
      console.log(`  ✗ WebKit journey: ${name} (${seconds} s)\n      ${result.error.replace(/\n/g, '\n      ')}`);
    }
  }
} catch (error) {
  console.error(`WebKit journeys could not run: ${error.stack ?? error}`);
  totals.failed++;
  failures.push(`could not run: ${String(error.message ?? error).split('\n')[0]}`);
} finally {
  if (sessionId) await fetch(`${base}/session/${sessionId}`, { method: 'DELETE' }).catch(() => {});
  server.close();
  stopAll();
}
write();
console.log(`WebKit journeys: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(totals.failed > 0 ? 1 : 0);
