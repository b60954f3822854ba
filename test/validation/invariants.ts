/** What every parser promises for every input, checked by the property tests. */
import { expect } from '@open-wc/testing';
import { ISSUE_CODES } from '../../src/validation/index.js';

interface AnyResult {
  ok: boolean;
  value?: string;
  issues: readonly { code: string; severity: string; params?: object }[];
}

export function expectWellFormed(result: AnyResult): void {
  const hasError = result.issues.some((issue) => issue.severity === 'error');
  if (result.ok === hasError) throw new Error(`ok=${result.ok} but issues=${JSON.stringify(result.issues)}`);
  if (result.ok && typeof result.value !== 'string') throw new Error('ok without a value');
  if (!result.ok && result.value !== undefined) throw new Error('a value despite an error');
  for (const issue of result.issues) {
    if (!(ISSUE_CODES as readonly string[]).includes(issue.code)) throw new Error(`unknown code ${issue.code}`);
    if (issue.severity !== 'error' && issue.severity !== 'warning') throw new Error(`bad severity ${issue.severity}`);
  }
}

/** Well-formed, and a valid value parses to itself. */
export function expectStable(parse: (input: string) => AnyResult, input: string): void {
  const first = parse(input);
  expectWellFormed(first);
  if (first.ok) {
    const again = parse(first.value!);
    expect(again.ok, `re-parsing ${JSON.stringify(first.value)}`).to.equal(true);
    expect(again.value).to.equal(first.value);
  }
}
