// The contract and the widget agree on problem codes: every code docs/openapi.yaml documents
// (Problem.code) is one the widget knows (src/api/errors.ts SERVER_CODES) and has its own
// localized message for (src/api/messages.ts), as README promises; the widget knows no code the
// contract does not document.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';

const spec = JSON.parse(readFileSync('dist/node/openapi.json', 'utf8'));
// The description names each code once in its list and again beside its usual HTTP status.
const documented = [
  ...new Set(
    spec.components.schemas.Problem.properties.code.description
      .split(/[\s,.:;()`]+/)
      .filter((word) => /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/.test(word)),
  ),
];
const errors = readFileSync('src/api/errors.ts', 'utf8');
const known = [.../export const SERVER_CODES = \[([\s\S]*?)\] as const/.exec(errors)[1].matchAll(/'([a-z_]+)'/g)].map((m) => m[1]);
const messages = readFileSync('src/api/messages.ts', 'utf8');

it('documents and knows the same problem codes', () => {
  assert.ok(documented.length >= 10, `codes read from the contract: ${documented.join(', ')}`);
  assert.deepEqual([...known].sort(), [...documented].sort());
});

it('has a localized message for every documented code', () => {
  assert.deepEqual(documented.filter((code) => !messages.includes(`case '${code}':`)), []);
});
