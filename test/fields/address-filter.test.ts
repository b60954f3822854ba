import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import addresses from '../../src/generated/addresses.json' with { type: 'json' };
import { exactMatch, filterUnits, fold, indexUnits, startsWithType, type Unit } from '../../src/fields/address-picker/filter.js';

const provinces = addresses.provinces as Unit[];
const communesByProvince = addresses.communes as Record<string, Unit[]>;
/** Every commune of the country in one list: the size the filter must stay fast at. */
const allCommunes = Object.values(communesByProvince).flat();
const provinceIndex = indexUnits(provinces);
const communeIndexes = new Map(Object.entries(communesByProvince).map(([code, units]) => [code, indexUnits(units)]));
const provinceOf = new Map(Object.entries(communesByProvince).flatMap(([code, units]) => units.map((u) => [u, code] as const)));
const communeIndex = indexUnits(allCommunes);

const names = (units: readonly Unit[]) => units.map((u) => u.name);
const find = (index: ReturnType<typeof indexUnits>, query: string) => names(filterUnits(index, query).units);

/**
 * An independent oracle for folding: the Vietnamese letters spelled out by hand, not through
 * Unicode decomposition as fold() does.
 */
const VIETNAMESE: Record<string, string> = {
  a: 'aàáảãạăằắẳẵặâầấẩẫậ',
  e: 'eèéẻẽẹêềếểễệ',
  i: 'iìíỉĩị',
  o: 'oòóỏõọôồốổỗộơờớởỡợ',
  u: 'uùúủũụưừứửữự',
  y: 'yỳýỷỹỵ',
  d: 'dđ',
};
const plain = new Map<string, string>();
for (const [base, letters] of Object.entries(VIETNAMESE)) for (const letter of letters) plain.set(letter, base);
function handFold(text: string): string {
  return [...text.normalize('NFC').toLowerCase()]
    .map((ch) => plain.get(ch) ?? ch)
    .join('')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

describe('fold', () => {
  it('drops diacritics, maps đ to d, lower-cases and collapses spaces', () => {
    expect(fold('Thành phố Hà Nội')).to.equal('thanh pho ha noi');
    expect(fold('  ĐẶC   KHU  Côn Đảo ')).to.equal('dac khu con dao');
    expect(fold('Xã Chân Mây - Lăng Cô')).to.equal('xa chan may lang co');
    expect(fold('Xã Ea H’Leo')).to.equal('xa ea hleo');
    expect(fold("ea h'leo")).to.equal('ea hleo');
  });

  it('folds both placements of a tone mark and both Unicode forms alike', () => {
    expect(fold('Hòa')).to.equal(fold('Hoà'));
    expect(fold('Thủy')).to.equal(fold('Thuỷ'));
    expect(fold('Phường Ba Đình'.normalize('NFD'))).to.equal(fold('Phường Ba Đình'.normalize('NFC')));
  });

  it('agrees with a hand-written Vietnamese table on every unit name in the data', () => {
    for (const unit of [...provinces, ...allCommunes]) expect(fold(unit.name), unit.name).to.equal(handFold(unit.name));
  });
});

describe('filterUnits', () => {
  describe('when the query has diacritics or not', () => {
    for (const query of ['ha noi', 'hà nội', 'HÀ NỘI', 'Ha  Noi', 'hanoi', 'thanh pho ha noi', 'Thành phố Hà Nội']) {
      it(`"${query}" finds "Thành phố Hà Nội" first`, () => {
        expect(find(provinceIndex, query)[0]).to.equal('Thành phố Hà Nội');
      });
    }

    it('"ba dinh" and "Ba Đình" find "Phường Ba Đình" among all 3,321 communes', () => {
      expect(allCommunes).to.have.length(3321);
      for (const query of ['ba dinh', 'Ba Đình', 'badinh', 'dinh ba']) expect(find(communeIndex, query), query).to.include('Phường Ba Đình');
    });

    it('needs every query word to start a different word of the name', () => {
      expect(find(provinceIndex, 'oi')).to.deep.equal([]);
      expect(find(provinceIndex, 'ha noi x')).to.deep.equal([]);
      const list = indexUnits<Unit>([
        { code: '1', name: 'Xã An Bình', type: 'commune' },
        { code: '2', name: 'Xã An An', type: 'commune' },
      ]);
      expect(find(list, 'an an')).to.deep.equal(['Xã An An']);
      expect(find(list, 'an binh')).to.deep.equal(['Xã An Bình']);
    });
  });

  describe('when the query names the unit type', () => {
    it('matches the type word even where the name leaves it out ("tinh cao bang")', () => {
      expect(find(provinceIndex, 'tinh cao bang')).to.deep.equal(['Cao Bằng']);
      expect(find(provinceIndex, 'tinh ha noi')).to.deep.equal([]);
    });

    it('tells wards, communes and special zones apart', () => {
      expect(find(communeIndex, 'phuong ba dinh')).to.deep.equal(['Phường Ba Đình']);
      expect(find(communeIndex, 'xa ba dinh')).to.not.include('Phường Ba Đình');
      expect(find(communeIndex, 'dac khu con dao')).to.deep.equal(['Đặc khu Côn Đảo']);
      expect(filterUnits(communeIndex, 'dac khu').total).to.equal(13);
    });
  });

  describe('ranking', () => {
    it('puts names that start with the query (without their type) first', () => {
      expect(find(provinceIndex, 'an')).to.deep.equal(['An Giang', 'Nghệ An']);
      expect(find(communeIndex, 'xa')[0]).to.equal('Xã Xa Dung');
    });

    it('keeps the list order within each group', () => {
      const list = indexUnits<Unit>([
        { code: '1', name: 'Xã Tân Hòa', type: 'commune' },
        { code: '2', name: 'Phường Hòa Bình', type: 'ward' },
        { code: '3', name: 'Xã Phú Hòa', type: 'commune' },
        { code: '4', name: 'Xã Hòa An', type: 'commune' },
      ]);
      expect(find(list, 'hoa')).to.deep.equal(['Phường Hòa Bình', 'Xã Hòa An', 'Xã Tân Hòa', 'Xã Phú Hòa']);
      expect(find(list, 'xa hoa')).to.deep.equal(['Xã Hòa An', 'Xã Tân Hòa', 'Xã Phú Hòa']);
    });
  });

  describe('limits', () => {
    it('returns at most the limit, and how many matched in all', () => {
      const result = filterUnits(communeIndex, 'xa', 50);
      expect(result.units).to.have.length(50);
      const expected = allCommunes.filter((u) => handFold(u.name).split(' ').some((word) => word.startsWith('xa')));
      expect(expected.length).to.be.greaterThan(2621);
      expect(result.total).to.equal(expected.length);
    });

    it('an empty query matches everything, in list order', () => {
      const result = filterUnits(provinceIndex, '   ', 10);
      expect(result.total).to.equal(34);
      expect(names(result.units)).to.deep.equal(names(provinces.slice(0, 10)));
    });
  });

  it('finds every commune of its province by any prefixes of its words, typed with or without diacritics', () => {
    const arbitrary = fc.constantFrom(...allCommunes).chain((unit) => {
      const words = unit.name.split(/\s+/).filter((w) => /\p{L}/u.test(w));
      return fc.record({
        unit: fc.constant(unit),
        picks: fc.subarray(words, { minLength: 1 }),
        cuts: fc.array(fc.integer({ min: 1, max: 8 }), { minLength: words.length, maxLength: words.length }),
        folded: fc.boolean(),
        upper: fc.boolean(),
      });
    });
    fc.assert(
      fc.property(arbitrary, ({ unit, picks, cuts, folded, upper }) => {
        let query = picks.map((word, i) => [...word].slice(0, cuts[i]).join('')).join(' ');
        if (folded) query = handFold(query);
        if (upper) query = query.toUpperCase();
        return filterUnits(communeIndexes.get(provinceOf.get(unit)!)!, query).units.includes(unit);
      }),
      { numRuns: 300 },
    );
  });
});

describe('exactMatch', () => {
  it('accepts the name with or without its type and diacritics', () => {
    expect(exactMatch(provinceIndex, 'ha noi')?.name).to.equal('Thành phố Hà Nội');
    expect(exactMatch(provinceIndex, 'Thành phố Hà Nội')?.name).to.equal('Thành phố Hà Nội');
    expect(exactMatch(provinceIndex, 'tinh cao bang')?.name).to.equal('Cao Bằng');
    expect(exactMatch(provinceIndex, 'cao bang')?.name).to.equal('Cao Bằng');
  });

  it('refuses a prefix, and a name two units share', () => {
    expect(exactMatch(provinceIndex, 'ha')).to.equal(undefined);
    expect(exactMatch(provinceIndex, '')).to.equal(undefined);
    const list = indexUnits<Unit>([
      { code: '1', name: 'Phường An Lạc', type: 'ward' },
      { code: '2', name: 'Xã An Lạc', type: 'commune' },
    ]);
    expect(exactMatch(list, 'an lac')).to.equal(undefined);
    expect(exactMatch(list, 'xa an lac')?.code).to.equal('2');
  });
});

describe('startsWithType', () => {
  it('tells which names already say their type, so no badge repeats it', () => {
    const byName = (name: string) => [...provinces, ...allCommunes].find((u) => u.name === name)!;
    expect(startsWithType(byName('Cao Bằng'))).to.equal(false);
    expect(startsWithType(byName('Thành phố Hà Nội'))).to.equal(true);
    expect(startsWithType(byName('Phường Ba Đình'))).to.equal(true);
    expect(startsWithType(byName('Đặc khu Côn Đảo'))).to.equal(true);
  });
});
