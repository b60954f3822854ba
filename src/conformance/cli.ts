/**
 * `npx dvc-register-conformance <api-base> [--origin https://portal.example] [--captcha-answers URL |
 * --captcha-answer TEXT] [--phone +84…] [--spec openapi.json] [--json]`: checks a backend against
 * the contract the widget was built with (docs/conformance.md). Exits 1 when any check fails.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import bundledSpec from '../../docs/openapi.yaml';
import type { CheckResult } from './checks.js';
import { runConformance } from './run.js';

const HELP = `dvc-register-conformance: checks a registration backend against docs/openapi.yaml

  dvc-register-conformance <api-base> [options]

  --origin O             the portal page's origin, for the CORS checks
  --captcha-answer T     a captcha answer your test backend always accepts
  --captcha-answers URL  a test endpoint: GET URL/<captcha id> → {"answer": "…"}
  --phone +84…           a test number of yours; one OTP is sent to it (default +84912345678)
  --spec FILE            a contract in JSON instead of the one this package was built with
  --timeout MS           per request (default 15000)
  --json                 the report as JSON

Without a captcha answer, the checks that need a started registration say "could not provoke".
Exit status: 0 when nothing failed, 1 when a check failed, 2 on a usage error.`;

const MARK: Record<CheckResult['verdict'], string> = { pass: 'PASS', fail: 'FAIL', 'could not provoke': 'N/P ', skipped: 'SKIP' };

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      origin: { type: 'string' },
      'captcha-answer': { type: 'string' },
      'captcha-answers': { type: 'string' },
      phone: { type: 'string' },
      spec: { type: 'string' },
      timeout: { type: 'string', default: '15000' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || positionals.length !== 1) {
    console.log(HELP);
    return values.help ? 0 : 2;
  }
  const base = positionals[0]!;
  if (!/^https?:\/\//.test(base)) {
    console.error(`<api-base> must be an http(s) URL, not ${base}`);
    return 2;
  }
  const spec = values.spec ? (JSON.parse(readFileSync(values.spec, 'utf8')) as Record<string, unknown>) : (bundledSpec as Record<string, unknown>);
  const results = await runConformance({
    base,
    spec,
    timeoutMs: Number(values.timeout),
    ...(values.origin ? { origin: values.origin } : {}),
    ...(values['captcha-answer'] ? { captchaAnswer: values['captcha-answer'] } : {}),
    ...(values['captcha-answers'] ? { captchaAnswers: values['captcha-answers'] } : {}),
    ...(values.phone ? { phone: values.phone } : {}),
  });
  const failed = results.filter((r) => r.verdict === 'fail').length;
  if (values.json) {
    console.log(JSON.stringify({ base, failed, results }, null, 2));
  } else {
    console.log(`Conformance of ${base} to the dvc-register API contract\n`);
    for (const r of results) {
      console.log(`${MARK[r.verdict]}  ${r.id.padEnd(21)} ${r.title}`);
      for (const line of r.verdict === 'pass' ? r.details.slice(0, 1) : r.details.slice(0, 12)) console.log(`        ${line}`);
      if (r.verdict !== 'pass' && r.details.length > 12) console.log(`        … and ${r.details.length - 12} more`);
    }
    const count = (v: CheckResult['verdict']) => results.filter((r) => r.verdict === v).length;
    console.log(`\n${count('pass')} passed, ${failed} failed, ${count('could not provoke')} could not provoke, ${count('skipped')} skipped`);
  }
  return failed > 0 ? 1 : 0;
}

// For tests and for scripts that want the report as data rather than text.
export { runConformance, type ConformanceOptions } from './run.js';
export { SchemaValidator } from './schema.js';
export { retryAfterIssues } from './retry-after.js';
