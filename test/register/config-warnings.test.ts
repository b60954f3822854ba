/**
 * A misconfigured page hears about it in the console, in full sentences, once per problem; the
 * sentences are downloaded only when there is something to say (src/register/print-warnings.ts).
 * Modules load once per page, so the tests run in this order: nothing downloaded yet, then a
 * failed download, then the sentences.
 */
import { expect } from '@open-wc/testing';
import { chunkAttempts } from '../../src/loading/chunk.js';
import { stepHeading, waitFor } from '../helpers/dom.js';
import { cutChunk } from '../helpers/requests.js';
import { widget } from '../helpers/widget.js';

const FIRST_STEP = 'Nhập thông tin đăng ký';

describe('configuration warnings in the console', () => {
  const warnings: string[] = [];
  const original = console.warn;
  beforeEach(() => {
    warnings.length = 0;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = original;
  });

  it('downloads no sentence on a correctly configured page', async () => {
    const asked: string[] = [];
    chunkAttempts.intercept = (name, attempt) => {
      asked.push(name);
      return attempt();
    };
    try {
      // The configuration is read, and any warning asked for, while the widget renders.
      const el = await widget({ methods: 'phone', 'api-timeout': '5000', email: 'required' });
      expect(stepHeading(el)).to.equal(FIRST_STEP);
      expect(asked).to.not.include('config-warnings');
      expect(warnings).to.deep.equal([]);
    } finally {
      delete chunkAttempts.intercept;
    }
  });

  it('still says what is wrong, as data, when the sentences cannot be downloaded, and the widget works', async () => {
    const cut = cutChunk('config-warnings');
    try {
      const el = await widget({ methods: 'phone', 'api-timeout': 'soon' });
      await waitFor(() => warnings.length > 0, { message: 'a warning' });
      expect(warnings).to.deep.equal(['<dvc-register>: {"code":"ignored","attr":"api-timeout","value":"soon"}']);
      expect(cut.attempts()).to.equal(1);
      expect(stepHeading(el)).to.equal(FIRST_STEP);
    } finally {
      cut.restore();
    }
  });

  it('prints a bad attribute’s full sentence once, and not again when the configuration is read again', async () => {
    const apiBase = '<dvc-register>: ignoring api-base="https://api.example.gov.vn/r#x"; using "/api/registration" (a fragment (#…) is not allowed in it).';
    const el = await widget({ methods: 'phone', 'api-base': 'https://api.example.gov.vn/r#x' });
    await waitFor(() => warnings.includes(apiBase), { message: 'the api-base sentence' });
    expect(stepHeading(el)).to.equal(FIRST_STEP);

    // Any attribute change reads the whole configuration again: only the new problem is said.
    const email = '<dvc-register>: ignoring email="maybe"; using "optional" (allowed: optional, required).';
    el.setAttribute('email', 'maybe');
    await waitFor(() => warnings.includes(email), { message: 'the email sentence' });
    el.setAttribute('lang', 'fr');
    const lang = '<dvc-register>: ignoring lang="fr"; using "vi" (allowed: vi, en, or either with a region, such as en-US).';
    await waitFor(() => warnings.includes(lang), { message: 'the lang sentence' });
    expect(warnings).to.deep.equal([apiBase, email, lang]);
  });
});
