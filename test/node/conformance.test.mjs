// The backend conformance checker (bin/dvc-register-conformance.mjs) against the HTTP mock backend:
// the mock as shipped passes every check, and each deliberate fault the mock can be started with
// fails exactly the checks it names, so the checker is shown to catch what it claims to.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { FAULTS } from '../../dist/node/mock-server.js';
import { runBin, startMock } from './helpers/mock-process.mjs';

const ORIGIN = 'https://portal.example';
const CHECKER = 'bin/dvc-register-conformance.mjs';

async function check(mock, extra = []) {
  const { code, stdout, stderr } = await runBin(CHECKER, [mock.api, '--json', ...extra]);
  assert.equal(stderr, '');
  const report = JSON.parse(stdout);
  return { code, verdicts: Object.fromEntries(report.results.map((r) => [r.id, r.verdict])), report };
}

const withHooks = (mock) => ['--origin', ORIGIN, '--captcha-answers', `${mock.url}/__mock/captchas`];

describe('the conformance checker against the HTTP mock backend', () => {
  let mock;
  before(async () => (mock = await startMock(['--origin', ORIGIN])));
  after(() => mock?.stop());

  it('passes every check, provoking each failure, and exits 0', async () => {
    const { code, verdicts, report } = await check(mock, withHooks(mock));
    const notPassed = report.results.filter((r) => r.verdict !== 'pass');
    assert.deepEqual(notPassed, [], JSON.stringify(notPassed, null, 2));
    assert.equal(code, 0);
    for (const id of ['bad-captcha', 'invalid-fields', 'unknown-registration', 'otp-attempts', 'rate-limit', 'cors-preflight', 'no-secret-echo', 'accept-language']) {
      assert.equal(verdicts[id], 'pass', id);
    }
  });

  it('says "could not provoke" rather than pass when it gets no captcha answer, and skips CORS without --origin', async () => {
    const { code, verdicts } = await check(mock);
    assert.equal(verdicts['otp-attempts'], 'could not provoke');
    assert.equal(verdicts['rate-limit'], 'could not provoke');
    assert.equal(verdicts['cors-preflight'], 'skipped');
    assert.equal(verdicts['bad-captcha'], 'pass');
    assert.equal(code, 0);
  });

  it('prints a report per check and a count line in text mode', async () => {
    const { code, stdout } = await runBin(CHECKER, [mock.api, ...withHooks(mock)]);
    assert.equal(code, 0);
    assert.match(stdout, /^PASS {2}bad-captcha/m);
    assert.match(stdout, /^12 passed, 0 failed, 0 could not provoke, 0 skipped$/m);
  });

  it('refuses a usage error with exit status 2', async () => {
    assert.equal((await runBin(CHECKER, ['not-a-url'])).code, 2);
    assert.equal((await runBin(CHECKER, [])).code, 2);
  });
});

describe('the conformance checker against a deliberately broken mock', () => {
  for (const [fault, { fails, what }] of Object.entries(FAULTS)) {
    it(`fails ${fails.join(' and ')} when ${what}`, async () => {
      const mock = await startMock(['--origin', ORIGIN, '--break', fault]);
      try {
        const { code, verdicts } = await check(mock, withHooks(mock));
        assert.equal(code, 1, 'non-zero exit');
        const failed = Object.keys(verdicts).filter((id) => verdicts[id] === 'fail').sort();
        assert.deepEqual(failed, [...fails].sort());
      } finally {
        await mock.stop();
      }
    });
  }
});

describe('the conformance checker and a contract that grew', () => {
  it('probes a path added to the contract with no change to the checker', async () => {
    const { readFileSync, writeFileSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const spec = JSON.parse(readFileSync('dist/node/openapi.json', 'utf8'));
    spec.paths['/registrations/{registrationId}/signature'] = {
      post: {
        operationId: 'submitSignature',
        parameters: [{ $ref: '#/components/parameters/RegistrationId' }],
        requestBody: { content: { 'application/json': { schema: { type: 'object', required: ['signature'], properties: { signature: { type: 'string' } } } } } },
        responses: { 200: { description: 'ok' }, default: { $ref: '#/components/responses/Problem' } },
      },
    };
    const file = join(mkdtempSync(join(tmpdir(), 'dvc-spec-')), 'openapi.json');
    writeFileSync(file, JSON.stringify(spec));
    const mock = await startMock(['--origin', ORIGIN]);
    try {
      const { report } = await check(mock, [...withHooks(mock), '--spec', file]);
      const unknown = report.results.find((r) => r.id === 'unknown-registration');
      assert.ok(unknown.details.some((d) => d.includes('/signature')), JSON.stringify(unknown));
      const preflight = report.results.find((r) => r.id === 'cors-preflight');
      assert.ok(preflight.details.includes('OPTIONS /registrations/{registrationId}/signature (for POST)'), JSON.stringify(preflight));
    } finally {
      await mock.stop();
    }
  });
});
