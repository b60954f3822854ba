// Generates what the source imports but nobody edits: the locale modules built from locales/*.xlf
// and the API types built from docs/openapi.yaml. Fails when a message has no English translation,
// because lit-localize itself only warns and silently falls back to Vietnamese, and when a msg()
// has no explicit id (scripts/check-msg-ids.mjs).
import { spawnSync } from 'node:child_process';

function run(cmd, args) {
  const result = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0) {
    process.stderr.write(output);
    process.exit(result.status ?? 1);
  }
  return output;
}

// --localize-config lets the test of this very check point lit-localize at a broken copy.
const configAt = process.argv.indexOf('--localize-config');
const localizeConfig = configAt > 0 ? process.argv[configAt + 1] : 'lit-localize.json';

const localize = run('npx', ['lit-localize', 'build', '--config', localizeConfig]);
const missing = localize.split('\n').filter((line) => /missing/i.test(line));
if (missing.length > 0) {
  process.stderr.write(localize);
  console.error(
    `\n${missing.length} message(s) lack an English translation. Run \`npm run i18n:extract\`, then fill each new <target> in locales/en.xlf.`,
  );
  process.exit(1);
}

if (configAt > 0) process.exit(0);
run(process.execPath, ['scripts/check-msg-ids.mjs']);
await import('./gen-addresses.mjs');
run('npx', ['openapi-typescript', 'docs/openapi.yaml', '-o', 'src/generated/api-schema.ts']);
// Storybook's docs pages and controls: the widget's and every step's class JSDoc.
run('npx', ['cem', 'analyze', '--config', '.storybook/manifest.config.mjs']);
console.log('generated: src/generated/locales (lit-localize), api-schema.ts (openapi-typescript), addresses.json (mock data), storybook/custom-elements.json');
