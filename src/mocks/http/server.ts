/**
 * The mock backend as a real HTTP server, for integrators on stacks that cannot run MSW's service
 * worker (a Razor or PHP page, a native shell, the conformance checker). It serves exactly the MSW
 * handlers the demo page and the tests use (../handlers.ts, ../scenarios.ts) through MSW's own
 * `getResponse`, so a path or scenario added there is served here with no change.
 * Usage and endpoints: docs/mock-server.md.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import { mockBackend, type MockBackend } from '../backend.js';
import { handlers, mockLatency } from '../handlers.js';
import { breakPreflight, breakResponse, type FaultName, type Incoming, type Outgoing } from './breaks.js';
import { handleControl, CONTROL_PREFIX } from './control.js';
import { corsHeaders, preflightHeaders, type CorsPolicy } from './cors.js';
import { chooseScenarios, scenarioHandlers, SCENARIO_HEADER } from './scenario.js';
import { RequestLog } from './request-log.js';

export interface MockServerOptions {
  /** 0 picks a free port. */
  readonly port?: number;
  readonly host?: string;
  /** Origins allowed by CORS; `*` allows any. */
  readonly origins?: readonly string[];
  /** Milliseconds every API answer waits, so busy states can be seen. */
  readonly latency?: number;
  /** Deliberate faults, for proving the conformance checker (./breaks.ts). */
  readonly faults?: readonly FaultName[];
  /** Where each request's log line goes; none by default. */
  readonly log?: (line: string) => void;
}

export interface RunningMockServer {
  /** `http://host:port`, without a trailing slash. */
  readonly url: string;
  readonly port: number;
  readonly backend: MockBackend;
  close(): Promise<void>;
}

const MAX_BODY = 1_000_000;

export async function startMockServer(options: MockServerOptions = {}): Promise<RunningMockServer> {
  const cors: CorsPolicy = { origins: options.origins?.length ? options.origins : ['*'] };
  const faults = options.faults ?? [];
  const log = new RequestLog(options.log);
  mockLatency.ms = options.latency ?? 0;

  const server = createServer((req, res) => {
    const started = Date.now();
    serve(req, res, { cors, faults, log })
      .catch((error: unknown) => {
        // A bug in the mock must show as a 500 with a problem body, never as a hung request.
        if (!res.headersSent) {
          res.writeHead(500, { 'Content-Type': 'application/problem+json', ...corsHeaders(cors, header(req, 'origin')) });
          res.end(JSON.stringify({ type: 'about:blank', title: 'Mock server error', status: 500, code: 'server_error', detail: String(error) }));
        } else res.destroy();
      })
      .finally(() => log.finish(req, res, started));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    backend: mockBackend,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface Context {
  readonly cors: CorsPolicy;
  readonly faults: readonly FaultName[];
  readonly log: RequestLog;
}

async function serve(req: IncomingMessage, res: ServerResponse, { cors, faults, log }: Context): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://mock.invalid');
  const origin = header(req, 'origin');
  const choice = chooseScenarios(url, header(req, SCENARIO_HEADER));
  log.note(req, { scenarios: choice.names, path: choice.path });

  if (req.method === 'OPTIONS') {
    const out = breakPreflight(faults, { status: 204, headers: preflightHeaders(cors, origin), body: '' });
    return write(res, out);
  }

  const body = await readBody(req);
  const incoming: Incoming = { method: req.method ?? 'GET', path: choice.path, headers: req.headers, body };
  const cross = corsHeaders(cors, origin);

  if (choice.unknown.length > 0) {
    return write(res, problem(400, 'unknown_scenario', `No mock scenario named ${choice.unknown.join(', ')}.`, cross));
  }
  if (choice.path.startsWith(CONTROL_PREFIX)) {
    const answer = handleControl(incoming, { backend: mockBackend, log, faults });
    return write(res, { ...answer, headers: { ...answer.headers, ...cross } });
  }

  const request = new Request(new URL(choice.path + url.search, `http://${req.headers.host ?? 'localhost'}`), {
    method: incoming.method,
    headers: Object.entries(req.headers).flatMap(([k, v]) => (v === undefined ? [] : [[k, Array.isArray(v) ? v.join(', ') : v] as [string, string]])),
    ...(body !== '' && incoming.method !== 'GET' && incoming.method !== 'HEAD' ? { body } : {}),
  });
  const response = await getResponse([...scenarioHandlers(choice.names), ...handlers], request);
  if (!response) return write(res, problem(404, 'not_found', `Nothing is mocked at ${incoming.method} ${choice.path}.`, cross));
  if (response.type === 'error') {
    // The networkError scenario: the connection drops without an answer, as a broken network does.
    res.destroy();
    return;
  }
  const headers: Record<string, string> = {};
  // The body may be rewritten on its way out (./breaks.ts): Node sets the length of what is sent.
  response.headers.forEach((value, key) => {
    if (key !== 'content-length' && key !== 'transfer-encoding') headers[key] = value;
  });
  // The spoken captcha is audio: sent as the bytes it is (read as text, its WAV header was mangled
  // and no browser could play it). The faults only ever rewrite JSON.
  if (!/json|^text\//i.test(headers['content-type'] ?? '')) {
    res.writeHead(response.status, { ...headers, ...cross });
    res.end(Buffer.from(await response.arrayBuffer()));
    return;
  }
  const out = breakResponse(faults, { status: response.status, headers: { ...headers, ...cross }, body: await response.text() }, incoming);
  write(res, out);
}

function write(res: ServerResponse, out: Outgoing): void {
  res.writeHead(out.status, out.headers);
  res.end(out.body);
}

function problem(status: number, code: string, title: string, headers: Record<string, string>): Outgoing {
  return {
    status,
    headers: { ...headers, 'Content-Type': 'application/problem+json' },
    body: JSON.stringify({ type: 'about:blank', title, status, code }),
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('Request body over 1 MB');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
