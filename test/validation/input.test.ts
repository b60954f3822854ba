import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { cleanText } from '../../src/validation/input.js';

/** The lone-surrogate rule, written without a regex lookbehind (which Safari < 16.4 cannot parse). */
describe('cleanText: surrogate halves', () => {
  it('keeps a whole pair (an emoji) and replaces a lone half of either kind', () => {
    expect(cleanText('a😀b')).to.equal('a😀b');
    expect(cleanText('a\uD83Db')).to.equal('a\uFFFDb');
    expect(cleanText('a\uDE00b')).to.equal('a\uFFFDb');
    expect(cleanText('\uDE00\uD83D')).to.equal('\uFFFD\uFFFD');
    // A high half before a pair is lone; the pair after it stays whole.
    expect(cleanText('\uD83D\uD83D\uDE00')).to.equal('\uFFFD😀');
  });

  it('agrees with the lookbehind rule it replaced on any string', () => {
    // Built at run time, so the shipped code never contains the pattern.
    const lookbehind = new RegExp('[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]', 'g');
    const units = fc.constantFrom('a', '\uD83D', '\uDE00', '\uDBFF', '\uDC00', ' ');
    fc.assert(
      fc.property(fc.array(units, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(cleanText(text)).to.equal(text.replace(lookbehind, '\uFFFD'));
      }),
    );
  });
});
