// How long the parsers take on hostile input, on this machine: run after `npm run build` with
//   node bench/validation.bench.mjs
// A timing goal lives here, not in a test: a test that measures time fails on a busy machine.
// Goal: well under 1 ms per call, even for 10,000-character inputs (the parsers reject anything
// over MAX_INPUT_LENGTH before any other work, so no pattern sees a huge string).
import { performance } from 'node:perf_hooks';
import { checkPassword, parseBirthDate, parseCccd, parseMst, parseName, parseOtp, parsePhone } from '../dist/validation.js';

const inputs = [
  'x'.repeat(10_000),
  '0'.repeat(10_000),
  '9'.repeat(999),
  `${'Nguyễn '.repeat(140)}`,
  '\u200b'.repeat(5_000) + '0912345678',
  '+84 (912) 345-678',
  '001099012345',
];
const parsers = { parseCccd, parsePhone, parseMst, parseName, parseBirthDate, parseOtp, checkPassword };

for (const [name, parse] of Object.entries(parsers)) {
  let worst = 0;
  const started = performance.now();
  const runs = 2_000;
  for (let i = 0; i < runs; i++) {
    const input = inputs[i % inputs.length];
    const t = performance.now();
    parse(input);
    worst = Math.max(worst, performance.now() - t);
  }
  const mean = (performance.now() - started) / runs;
  console.log(`${name.padEnd(16)} mean ${mean.toFixed(4)} ms   worst ${worst.toFixed(3)} ms`);
}
