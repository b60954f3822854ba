// A real wss:// server on 127.0.0.1 that speaks the two signing plugins' protocols from the JSON
// fixtures in test/fixtures/signing/, for the adapter tests (web-test-runner.config.mjs starts it).
// Its TLS certificate is made at start-up and never written to disk. Every request is checked
// against the fixture: a field the fixture does not name, or one missing, closes the socket
// (code 4400), so a test that expects an answer fails.
import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createTcpServer } from 'node:net';
import { join } from 'node:path';
import selfsigned from 'selfsigned';
import { WebSocketServer } from 'ws';

const VNPT_REQUEST_KEYS = ['args', 'domain', 'funcCallback', 'functionID'];

/** `*` in a fixture matches any non-empty string. */
function matches(expected, actual) {
  if (expected === '*') return typeof actual === 'string' && actual !== '';
  if (Array.isArray(expected)) return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => matches(e, actual[i]));
  if (expected && typeof expected === 'object') {
    if (!actual || typeof actual !== 'object' || Array.isArray(actual)) return false;
    const keys = Object.keys(expected).sort();
    const got = Object.keys(actual).sort();
    return keys.length === got.length && keys.every((k, i) => k === got[i] && matches(expected[k], actual[k]));
  }
  return expected === actual;
}

function parse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A port that is free now (nothing will listen there). */
async function freePort() {
  const server = createTcpServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startSigningFixtureServer({ fixturesDir = 'test/fixtures/signing' } = {}) {
  const fixtures = {
    vgca: JSON.parse(readFileSync(join(fixturesDir, 'vgca.json'), 'utf8')).scenarios,
    'vnpt-ca': JSON.parse(readFileSync(join(fixturesDir, 'vnpt-ca.json'), 'utf8')).scenarios,
  };
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] }],
  });
  const log = [];
  let connections = 0;
  // How often each step marked closeFirst was asked: the 1st, 3rd… ask closes the socket (a plugin
  // that crashes), the 2nd, 4th… is answered (the plugin started again), so each test that crashes
  // then retries sees the same.
  const asked = new Map();

  const https = createHttpsServer({ key: pems.private, cert: pems.cert }, (_req, res) => {
    res.writeHead(404).end();
  });
  const wss = new WebSocketServer({ server: https });

  wss.on('connection', (socket, request) => {
    const connection = ++connections;
    // VNPT-CA: whether setLicenseKey (6) was accepted on this connection.
    let licensed = false;
    // /vgca/<scenario>/<Endpoint> or /vnpt-ca/<scenario>/plugin
    const [, protocol, scenarioName, endpoint] = new URL(request.url, 'https://localhost').pathname.split('/');
    const scenario = fixtures[protocol]?.[scenarioName];
    const entry = (extra) => log.push({ protocol, scenario: scenarioName, endpoint, connection, ...extra });
    if (!scenario) {
      entry({ mismatch: 'unknown scenario' });
      return socket.close(4404, 'no such fixture scenario');
    }
    const refuse = (text, why) => {
      entry({ request: text, mismatch: why });
      console.error(`[signing fixtures] ${protocol}/${scenarioName}/${endpoint}: ${why}: ${text}`);
      socket.close(4400, why.slice(0, 100));
    };

    socket.on('message', (data) => {
      const text = data.toString();
      if (protocol === 'vgca') {
        const step = scenario[endpoint];
        if (!step) return refuse(text, `no fixture for endpoint ${endpoint}`);
        if (step.request !== undefined && !matches(step.request, parse(text))) return refuse(text, 'request does not match the fixture');
        entry({ request: text });
        if (step.silent) return;
        socket.send(step.replyText ?? JSON.stringify(step.reply));
        return;
      }
      const call = parse(text);
      if (!call || typeof call !== 'object' || Object.keys(call).sort().join() !== VNPT_REQUEST_KEYS.join()) {
        return refuse(text, 'request must be exactly {functionID, funcCallback, args, domain}');
      }
      if (typeof call.functionID !== 'number' || typeof call.funcCallback !== 'string' || !Array.isArray(call.args) || typeof call.domain !== 'string' || call.domain === '') {
        return refuse(text, 'request field of the wrong type');
      }
      const step = scenario[String(call.functionID)];
      if (!step) return refuse(text, `no fixture for functionID ${call.functionID}`);
      if (step.args !== undefined && !matches(step.args, call.args)) return refuse(text, 'args do not match the fixture');
      entry({ request: text, functionID: call.functionID, domain: call.domain });
      if (step.silent) return;
      const key = `${scenarioName}/${call.functionID}`;
      asked.set(key, (asked.get(key) ?? 0) + 1);
      if (step.closeFirst && asked.get(key) % 2 === 1) return socket.close();
      if (call.functionID === 6) licensed = true;
      const answer = step.unlicensed !== undefined && !licensed ? step.unlicensed : step.result;
      const result = typeof answer === 'string' ? answer : JSON.stringify(answer);
      socket.send(`${result}*${call.funcCallback}`);
    });
  });

  await new Promise((resolve) => https.listen(0, '127.0.0.1', resolve));
  // A server that takes the TCP connection and then never says a word (no TLS handshake): a
  // plugin that hangs. The probe must still give up within its 3 s.
  const silent = createTcpServer((socket) => socket.on('error', () => {}));
  await new Promise((resolve) => silent.listen(0, '127.0.0.1', resolve));

  return {
    port: https.address().port,
    silentPort: silent.address().port,
    closedPort: await freePort(),
    log,
    async close() {
      for (const client of wss.clients) client.terminate();
      await new Promise((resolve) => wss.close(resolve));
      await new Promise((resolve) => https.close(resolve));
      await new Promise((resolve) => silent.close(resolve));
    },
  };
}
