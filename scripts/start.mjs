// `npm start [-- --mock=http] [vite options]`: the demo page on Vite's dev server. `--mock=http`
// (which Vite itself would refuse as an unknown option) becomes DVC_MOCK=http, and the demo then
// talks to the HTTP mock backend instead of MSW in the page (vite.config.ts, docs/mock-server.md).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const args = process.argv.slice(2);
const env = { ...process.env };
const rest = args.filter((arg) => {
  const match = /^--mock=(http|msw)$/.exec(arg);
  if (match) env.DVC_MOCK = match[1];
  return !match;
});
const manifest = createRequire(import.meta.url).resolve('vite/package.json');
const vite = join(dirname(manifest), JSON.parse(readFileSync(manifest, 'utf8')).bin.vite);
const child = spawn(process.execPath, [vite, ...rest], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 1));
