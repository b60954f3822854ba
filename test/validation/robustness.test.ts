import fc from 'fast-check';
import {
  checkPassword,
  foldName,
  parseBhxh,
  parseBirthDate,
  parseCccd,
  parseMst,
  parseName,
  parseOtp,
  parsePhone,
} from '../../src/validation/index.js';
import { hugeString, nastyString, RUNS } from './arbitraries.js';
import { expectStable, expectWellFormed } from './invariants.js';

const TODAY = '2025-06-01';

const parsers: Record<string, (input: string) => { ok: boolean; value?: string; issues: readonly { code: string; severity: string }[] }> = {
  parseCccd: (s) => parseCccd(s, { today: TODAY }),
  'parseCccd (CMND allowed, cross-checked)': (s) => parseCccd(s, { allowCmnd: true, birthDate: '1999-01-01', gender: 'female', today: TODAY }),
  parseBhxh: (s) => parseBhxh(s, { today: TODAY }),
  parseMst: (s) => parseMst(s),
  'parseMst (personal ID allowed)': (s) => parseMst(s, { allowPersonalId: true, today: TODAY }),
  parsePhone,
  parseName: (s) => parseName(s),
  parseBirthDate: (s) => parseBirthDate(s, { today: TODAY, minAgeYears: 14 }),
  parseOtp,
  checkPassword: (s) => checkPassword(s, { identity: { idNumber: '001099012345', phone: '0912345678', name: 'Nguyễn Thị Hương' } }),
};

describe('every parser, on any string', () => {
  for (const [name, parse] of Object.entries(parsers)) {
    it(`${name} never throws, keeps ok in step with its errors, and re-parses its value to itself`, () => {
      fc.assert(
        fc.property(nastyString, (input) => expectStable(parse, input)),
        { numRuns: RUNS },
      );
    });

    // How fast is a benchmark's question (bench/validation.bench.mjs), not a test's: a timed test
    // fails on a busy machine. Here: huge inputs get a well-formed answer like any other.
    it(`${name} answers inputs of up to 10,000 characters`, () => {
      fc.assert(
        fc.property(hugeString, (input) => expectWellFormed(parse(input))),
        { numRuns: 100 },
      );
    });
  }

  it('treats a non-string (untyped JSON in a backend) as empty', () => {
    for (const parse of Object.values(parsers)) {
      for (const junk of [undefined, null, 42, {}, []]) {
        const result = parse(junk as unknown as string);
        expectWellFormed(result);
        if (result.issues[0]?.code !== 'required') throw new Error(`${String(junk)} gave ${JSON.stringify(result.issues)}`);
      }
    }
  });

  it('foldName never throws and is idempotent', () => {
    fc.assert(
      fc.property(nastyString, (input) => {
        const folded = foldName(input);
        if (foldName(folded) !== folded) throw new Error(`${JSON.stringify(folded)} folds further`);
      }),
      { numRuns: RUNS },
    );
  });
});
