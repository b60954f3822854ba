import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { foldName, parseName } from '../../src/validation/index.js';
import { noise, RUNS } from './arbitraries.js';
import { expectStable } from './invariants.js';

const codes = (input: string) => parseName(input).issues.map((i) => i.code);

// Real Vietnamese name syllables, with every tone and both breves and horns.
const SYLLABLES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
  'Văn', 'Thị', 'Hữu', 'Đức', 'Ngọc', 'Thanh', 'Minh', 'Hương', 'Đào', 'Quỳnh', 'Thuỷ', 'Thủy', 'Ánh', 'Ẩn', 'Ửng', 'Ỷ', 'Yến', 'Khuê',
  'Nhật', 'Nguyệt', 'Hằng', 'Trường', 'Xuân', 'Giang', 'Ơn', 'ƯU', 'H\'Hen', 'Niê', 'Ksor', 'Rơ', 'Châm', 'Phương-Anh'];

describe('parseName', () => {
  it('returns the name in NFC, trimmed, with inner spaces collapsed', () => {
    expect(parseName('  Nguyễn   Thị  Hương Đào ').value).to.equal('Nguyễn Thị Hương Đào');
  });

  it('composes a name typed in NFD (macOS, Unikey composite mode): 26 code points become 20', () => {
    const nfd = 'Nguyễn Thị Hương Đào'.normalize('NFD');
    expect(nfd.length).to.equal(26);
    const value = parseName(nfd).value!;
    expect(value).to.equal('Nguyễn Thị Hương Đào'.normalize('NFC'));
    expect(value.length).to.equal(20);
  });

  it('accepts hyphens and apostrophes, and reads typographic ones as ASCII', () => {
    expect(parseName('H’Hen Niê').value).to.equal("H'Hen Niê");
    expect(parseName('Nguyễn Phương\u2011Anh').value).to.equal('Nguyễn Phương-Anh');
    expect(parseName("Ksor H'Mai").ok).to.equal(true);
  });

  it('accepts A–Z names without diacritics', () => {
    expect(parseName('NGUYEN VAN AN').ok).to.equal(true);
    expect(parseName('John Smith').ok).to.equal(true);
  });

  it('drops invisible characters that copy-paste brings', () => {
    expect(parseName('Nguyễn\u200B Văn\u00A0An\u200E').value).to.equal('Nguyễn Văn An');
  });

  it('names the characters to remove', () => {
    expect(parseName('Nguyễn Văn An 2').issues).to.deep.equal([{ code: 'name.invalid_chars', severity: 'error', params: { chars: '2' } }]);
    expect(parseName('Ann 😀 Lee.').issues[0]!.params).to.deep.equal({ chars: '😀 .' });
    expect(parseName('Müller').issues[0]!.params).to.deep.equal({ chars: 'ü' });
    expect(codes('Nguyen, An')).to.deep.equal(['name.invalid_chars']);
  });

  it('shows a stray combining mark on a dotted circle, so the message can display it', () => {
    expect(parseName('Ngq\u0301').issues[0]!.params).to.deep.equal({ chars: '\u25CC\u0301' });
  });

  it('needs letters, a sensible length, and something typed', () => {
    expect(codes("- '")).to.deep.equal(['name.no_letters']);
    expect(parseName('A'.repeat(101)).issues).to.deep.equal([{ code: 'name.too_long', severity: 'error', params: { max: 100 } }]);
    expect(parseName('A'.repeat(100)).ok).to.equal(true);
    expect(parseName('An Bình', { maxLength: 5 }).ok).to.equal(false);
    expect(codes('   ')).to.deep.equal(['required']);
  });

  describe('foldName, for comparing with a certificate name', () => {
    it("folds 'Nguyễn Thị Hương Đào' to 'NGUYEN THI HUONG DAO', in NFC and in NFD", () => {
      expect(foldName('Nguyễn Thị Hương Đào')).to.equal('NGUYEN THI HUONG DAO');
      expect(foldName('Nguyễn Thị Hương Đào'.normalize('NFD'))).to.equal('NGUYEN THI HUONG DAO');
    });

    it('maps đ and Đ explicitly and collapses spaces', () => {
      expect(foldName('  đỗ   đức  ')).to.equal('DO DUC');
      expect(foldName('ĐẶNG Ưng Ơn')).to.equal('DANG UNG ON');
    });
  });

  describe('properties', () => {
    const name = fc
      .tuple(
        fc.array(fc.constantFrom(...SYLLABLES), { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom(' ', ' ', '  ', '\u00A0', ' \u200B'), { minLength: 6, maxLength: 6 }),
        fc.constantFrom('NFC', 'NFD', 'upper', 'lower'),
        noise,
        noise,
      )
      .map(([words, gaps, form, before, after]) => {
        let text = words.map((w, i) => w + (i < words.length - 1 ? gaps[i] : '')).join('');
        text = form === 'NFD' ? text.normalize('NFD') : form === 'upper' ? text.toUpperCase() : form === 'lower' ? text.toLowerCase() : text;
        return { words, text: before + text + after, form };
      });

    it('accepts any name made of Vietnamese syllables however it is typed, as NFC with single spaces', () => {
      fc.assert(
        fc.property(name, ({ words, text, form }) => {
          const result = parseName(text);
          expect(result.ok, text).to.equal(true);
          const expected = words.join(' ').normalize('NFC');
          const cased = form === 'upper' ? expected.toUpperCase() : form === 'lower' ? expected.toLowerCase() : expected;
          expect(result.value).to.equal(cased);
          expect(result.value!.normalize('NFC')).to.equal(result.value);
          expectStable(parseName, text);
        }),
        { numRuns: RUNS },
      );
    });

    it('folds every such name to A–Z, hyphens, apostrophes and single spaces, the same in NFC and NFD', () => {
      fc.assert(
        fc.property(name, ({ text }) => {
          const folded = foldName(text);
          expect(/^[A-Z'-]+( [A-Z'-]+)*$/.test(folded), folded).to.equal(true);
          expect(foldName(text.normalize('NFD'))).to.equal(folded);
          expect(foldName(text.normalize('NFC'))).to.equal(folded);
        }),
        { numRuns: RUNS },
      );
    });
  });
});
