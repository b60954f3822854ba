// The checker's JSON Schema subset (src/conformance/schema.ts, built into dist/node/conformance.js):
// it must reject what the contract forbids, or the conformance checks could not fail.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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

describe('the conformance checker’s Retry-After rule', async () => {
  const { retryAfterIssues } = await import('../../dist/node/conformance.js');
  const NOW = Date.parse('Fri, 27 Nov 2026 08:00:00 GMT');
  const answer = (headers, body) => ({ status: 429, headers: new Headers(headers), json: body });

  it('accepts delta-seconds, an IMF-fixdate within the hour, or retryAfter alone', () => {
    assert.deepEqual(retryAfterIssues(answer({ 'Retry-After': '42' }, { retryAfter: 42 }), undefined, NOW), []);
    assert.deepEqual(retryAfterIssues(answer({ 'Retry-After': 'Fri, 27 Nov 2026 08:10:00 GMT' }), undefined, NOW), []);
    assert.deepEqual(retryAfterIssues(answer({}, { retryAfter: 60 }), 'https://portal.example', NOW), []);
  });

  it('refuses no wait at all, a wait over an hour, a malformed header, and a header and body that disagree', () => {
    assert.equal(retryAfterIssues(answer({}, {}), undefined, NOW).length, 1);
    assert.match(retryAfterIssues(answer({ 'Retry-After': '0' }), undefined, NOW)[0], /no wait/);
    assert.match(retryAfterIssues(answer({ 'Retry-After': '7200' }), undefined, NOW)[0], /3600/);
    assert.match(retryAfterIssues(answer({ 'Retry-After': 'soon' }), undefined, NOW)[0], /neither/);
    assert.match(retryAfterIssues(answer({ 'Retry-After': 'Fri, 27 Nov 2026 07:00:00 GMT' }), undefined, NOW)[0], /past/);
    assert.match(retryAfterIssues(answer({ 'Retry-After': '30' }, { retryAfter: 31 }), undefined, NOW)[0], /differs/);
  });

  it('wants the header exposed to a page on another origin when the body does not say it', () => {
    assert.match(retryAfterIssues(answer({ 'Retry-After': '30' }), 'https://portal.example', NOW)[0], /Expose-Headers/);
    assert.deepEqual(retryAfterIssues(answer({ 'Retry-After': '30', 'Access-Control-Expose-Headers': 'Retry-After' }), 'https://portal.example', NOW), []);
  });
});

describe('the contract (docs/openapi.yaml) against the requests the widget sends', () => {
  const contract = new SchemaValidator(JSON.parse(readFileSync('dist/node/openapi.json', 'utf8')));
  const person = { fullName: 'Nguyễn Văn An', birthDate: '1999-05-01', phone: '+84912345678' };
  const address = { provinceCode: '01', communeCode: '00004', street: '12 Phố Đội Cấn' };
  // As src/steps/details/forms.ts builds them.
  const details = {
    phone: { idNumber: '001099012345', ...person, email: 'an@example.vn' },
    bhxh: { bhxhCode: '7912345678', ...person },
    vnpost: { username: 'nguyen.an', gender: 'male', idNumber: '001099012345', ...person, permanentAddress: address, currentAddress: address },
  };
  const request = (method) => ({ subject: 'citizen', method, details: details[method], captcha: { id: 'c1', answer: 'AB12C' } });

  it('accepts each method\'s registration: its details match exactly one of the details schemas', () => {
    for (const method of ['phone', 'bhxh', 'vnpost']) {
      assert.deepEqual(contract.validate(request(method), { $ref: '#/components/schemas/RegistrationRequest' }).map((i) => i.message), [], method);
    }
  });
});
