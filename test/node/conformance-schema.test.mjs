// The checker's JSON Schema subset (src/conformance/schema.ts, built into dist/node/conformance.js):
// it must reject what the contract forbids, or the conformance checks could not fail.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SchemaValidator } from '../../dist/node/conformance.js';

const document = {
  components: {
    schemas: {
      Otp: { type: 'object', required: ['expiresIn'], properties: { expiresIn: { type: 'integer', minimum: 1 }, length: { type: 'integer' } } },
      Strict: { type: 'object', additionalProperties: false, properties: { a: { type: 'string' } } },
      Choice: {
        oneOf: [
          { type: 'object', required: ['channel'], properties: { channel: { enum: ['sms'] } } },
          { type: 'object', required: ['channel', 'email'], properties: { channel: { enum: ['email'] }, email: { type: 'string', format: 'email' } } },
        ],
      },
    },
  },
};
const v = new SchemaValidator(document);
const ref = (name) => ({ $ref: `#/components/schemas/${name}` });
const messages = (value, schema) => v.validate(value, schema).map((i) => `${i.at} ${i.message}`);

describe('the conformance checker’s schema validator', () => {
  it('accepts a value that follows the schema', () => {
    assert.deepEqual(messages({ expiresIn: 300, length: 6 }, ref('Otp')), []);
    assert.deepEqual(messages({ channel: 'email', email: 'an@example.vn' }, ref('Choice')), []);
  });

  it('names a missing required property, a wrong type and a value under the minimum', () => {
    assert.deepEqual(messages({}, ref('Otp')), ['/ lacks the required property "expiresIn"']);
    assert.deepEqual(messages({ expiresIn: '300' }, ref('Otp')), ['/expiresIn is the string "300", not integer']);
    assert.deepEqual(messages({ expiresIn: 0 }, ref('Otp')), ['/expiresIn is 0, below the minimum 1']);
    assert.deepEqual(messages({ expiresIn: 1.5 }, ref('Otp')), ['/expiresIn is number 1.5, not integer']);
  });

  it('rejects undocumented properties only where additionalProperties is false', () => {
    assert.deepEqual(messages({ a: 'x', b: 1 }, ref('Strict')), ['/b is not a documented property']);
    assert.deepEqual(messages({ expiresIn: 1, extra: true }, ref('Otp')), []);
  });

  it('requires a oneOf to match exactly one alternative, and checks formats, patterns, enums and not', () => {
    assert.equal(messages({ channel: 'fax' }, ref('Choice')).length, 1);
    assert.deepEqual(messages({ channel: 'email', email: 'not-an-address' }, ref('Choice')).length, 1);
    assert.deepEqual(messages('2025-02-30', { type: 'string', format: 'date' }), ['/ is not a date (YYYY-MM-DD)']);
    assert.deepEqual(messages('12345', { type: 'string', pattern: '^[0-9]{6}$' }), ['/ does not match ^[0-9]{6}$']);
    assert.deepEqual(messages('x', { not: { const: 'x' } }), ['/ matches a schema it must not match']);
    assert.deepEqual(messages([1, 1], { type: 'array', uniqueItems: true }), ['/ has repeated items']);
  });

  it('reports keywords it does not check instead of passing them silently', () => {
    const fresh = new SchemaValidator({});
    fresh.validate('x', { type: 'string', dependentSchemas: {} });
    assert.deepEqual([...fresh.unknownKeywords], ['dependentSchemas']);
  });
});
