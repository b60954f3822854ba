/**
 * `npx dvc-register-mock [--port 4010] [--origin https://portal.example] [--latency 600]
 * [--break cors,retry-after|all] [--quiet]`: the mock backend over HTTP (docs/mock-server.md).
 */
import { parseArgs } from 'node:util';
import { FAULTS, parseFaults } from './breaks.js';
import { startMockServer } from './server.js';

const HELP = `dvc-register-mock: the <dvc-register> mock backend over HTTP

  --port N          port to listen on (default 4010; 0 picks a free one)
  --host H          address to listen on (default 127.0.0.1)
  --origin O        an origin allowed by CORS, repeatable or comma-separated (default: any)
  --latency MS      milliseconds every API answer waits (default 0)
  --break NAMES     deliberate faults, comma-separated or "all" (for proving a conformance checker):
${Object.entries(FAULTS)
  .map(([name, fault]) => `                      ${name.padEnd(13)} ${fault.what}`)
  .join('\n')}
  --quiet           no request log on stdout

API at /api/registration; inbox, captcha answers, log and reset under /__mock/ (docs/mock-server.md).`;

export async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      origin: { type: 'string', multiple: true },
      latency: { type: 'string', default: '0' },
      break: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const port = Number(values.port);
  const latency = Number(values.latency);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port ${values.port} is not a port number`);
  if (!Number.isFinite(latency) || latency < 0) throw new Error(`--latency ${values.latency} is not a number of milliseconds`);
  const origins = (values.origin ?? []).flatMap((o) => o.split(',')).map((o) => o.trim()).filter(Boolean);
  const faults = values.break ? parseFaults(values.break) : [];

  const server = await startMockServer({
    port,
    host: values.host,
    origins,
    latency,
    faults,
    ...(values.quiet ? {} : { log: (line: string) => console.log(line) }),
  });
  // The first line is read by scripts and tests to learn the port when --port 0 was given.
  console.log(`dvc-register mock backend listening on ${server.url} (API: ${server.url}/api/registration)`);
  console.log(`CORS: ${origins.length ? origins.join(', ') : 'any origin'}` + (faults.length ? ` · BROKEN on purpose: ${faults.join(', ')}` : ''));
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
export { FAULTS } from './breaks.js';
