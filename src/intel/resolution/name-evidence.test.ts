import { describe, expect, it } from 'vitest';
import { reestimateU } from './estimate.ts';
import { defaultModel, type Model, type PersonRecord, Resolver } from './index.ts';
import { bayesFactors } from './model.ts';
import { PartFrequencies } from './name-alone.ts';
import { RecordStore } from './store.ts';

// What a name says, and how much: the levels two names reach, and how common a name is.

const P = (id: string, name: string, extra: Partial<PersonRecord> = {}): PersonRecord => ({
  id,
  name,
  ...extra,
});

const levelOf = (a: string, b: string) =>
  Resolver.resolve([P('a', a), P('b', b)], { model: defaultModel() }).explain('a', 'b').fields[0]?.level;

/** A name level's log2 Bayes factor in the built-in model. */
const weight = (level: string) => {
  const l = defaultModel().comparisons[0]?.levels.find((x) => x.level === level);
  return l ? Math.log2(l.m / l.u) : Number.NaN;
};

/** A word of letters only for a number (names' keys leave digits out). */
const letters = (n: number) => {
  let s = '';
  for (let x = n + 26 * 27; x > 0; x = Math.floor(x / 26)) s += String.fromCharCode(97 + (x % 26));
  return s;
};

describe('name evidence', () => {
  it('two names of as many parts are not one because their letters run together alike', () => {
    // Sorted and run together both give min-cang ("ngy" reads as Burmese gy, "zh" as c): other names all the same.
    expect(levelOf('Yang Ming', 'Zhang Min')).not.toBe('sameNameKey');
    // A name written in one word against its syllables apart still is one.
    expect(levelOf('Kyawyeyan', 'Kyaw Ye Yan')).toBe('sameNameKey');
  });

  it('a family name shared with given names unlike each other is a level of its own, below one part shared', () => {
    expect(levelOf('Chaiwat Boonprasert', 'Prapa Boonprasert')).toBe('partSharedOtherDifferent');
    expect(levelOf('Pham Thanh Tung', 'Nguyen Van Thanh')).toBe('partSharedOtherDifferent');
    // A given name alone, or a nickname, inside a longer name says nothing against it.
    expect(levelOf('Lamduan', 'Saengthong Lamduan')).toBe('onePartShared');
    expect(weight('partSharedOtherDifferent')).toBeLessThan(weight('onePartShared'));
  });

  it('a given name alone spelt like a part of the full name is one part shared; a first letter slip is alike', () => {
    expect(levelOf('Bouaphanh', 'Siprasert Buaphan')).toBe('onePartShared');
    expect(levelOf('Bouaphanh', 'Siprasert Khamphoui')).toBe('onePartUnlike');
    // A given name of two syllables written in one word against the full name written apart.
    expect(levelOf('Sokly', 'Sen Sok Ly')).toBe('onePartShared');
    expect(levelOf('Xiuying', 'Lin Xiu Ying')).toBe('onePartShared');
    // Two parts apart in the name do not run together.
    expect(levelOf('Senly', 'Sen Sok Ly')).not.toBe('onePartShared');
    expect(levelOf('Khamla Sisavath', 'Khamla Visavath')).toBe('partsVerySimilar');
  });

  it('names whose parts have the same consonants and vowels spelt otherwise are a level of their own', () => {
    // Khmer vowels romanised otherwise (ិ/េ as i, e, oe), a pinyin against a Cantonese spelling.
    expect(levelOf('Loem Chinda', 'Lim Chenda')).toBe('vowelsOtherwise');
    expect(levelOf('Lim Chenda', 'Lem Chinda')).toBe('vowelsOtherwise');
    expect(levelOf('So Yuxuan', 'Su Yuxuan')).toBe('vowelsOtherwise');
    // Three consonants in all at least: two short parts alike in theirs say nothing.
    expect(levelOf('Ly Na', 'Le Nu')).toBe('different');
    // Every part of the shorter name, not some of them; a consonant more is not the same consonants.
    expect(levelOf('Lim Chenda', 'Lem Sokha')).not.toBe('vowelsOtherwise');
    expect(levelOf('Lim Chenda', 'Chinda')).toBe('onePartShared');
    expect(levelOf('Lim Chenda', 'Lom Chendra')).not.toBe('vowelsOtherwise');
    expect(weight('vowelsOtherwise')).toBeLessThan(weight('partsSimilar'));
    expect(weight('vowelsOtherwise')).toBeGreaterThan(weight('onePartShared'));
  });

  it('a one-word name like no part of a full name (a nickname) says less against than two names that differ', () => {
    expect(levelOf('Bird', 'Boonlerd Petcharat')).toBe('onePartUnlike');
    expect(levelOf('Boonlerd Petcharat', 'Bird')).toBe('onePartUnlike');
    // Two full names, or two one-word names, that differ are two names.
    expect(levelOf('Boonlerd Petcharat', 'Kittipong Sriwong')).toBe('different');
    expect(levelOf('Bird', 'Bank')).toBe('different');
    expect(weight('onePartUnlike')).toBeGreaterThan(weight('different'));
    expect(weight('onePartUnlike')).toBeLessThan(0);
  });

  it('a common name with nationality and sex agreeing is not corroborated by them; a date of birth does', () => {
    const records: PersonRecord[] = [];
    const vn = (id: string, name: string, extra: Partial<PersonRecord> = {}) =>
      records.push(P(id, name, { nationality: 'VN', sex: 'F', ...extra }));
    vn('a', 'Le Thi Hoa');
    vn('b', 'Le Thi Hoa');
    vn('c', 'Le Thi Hoa', { birthDate: '1990-03-15' });
    vn('d', 'Le Thi Hoa', { birthDate: '1990-03-15' });
    for (let i = 0; i < 16; i++) vn(`l${i}`, `Le Minh ${letters(i)}`);
    for (let i = 0; i < 96; i++) vn(`t${i}`, `Pham Thi ${letters(i + 100)}`);
    for (let i = 0; i < 1000; i++) records.push(P(`o${i}`, `${letters(i + 1000)} ${letters(i + 3000)}`));
    // A model that would link any two records of one name: the corroboration alone must keep a and b apart.
    const model: Model = { ...defaultModel(), prior: 0.2 };
    const r = Resolver.resolve(records, { model, corroboration: 'name-frequency' });
    // Some 116 × 19/116 × 99/116 × 3/116 ≈ 0.4 other women of the group bear the name (2.6 bits asked; their
    // agreeing nationality and sex would give 2.65): they are no evidence, the name implying them.
    expect(r.clusterOf('b')).not.toBe(r.clusterOf('a'));
    expect(r.clusterOf('d')).toBe(r.clusterOf('c'));
  });

  it('u leaves out the matches among the random pairs', () => {
    const model = defaultModel();
    model.prior = 1e-3;
    // 60 pairs of one name and one date, 100,000 of different names and dates (name level 1 and 8, date 1 and 7).
    const random = new Map([
      [1 | (1 << 4), 60],
      [8 | (7 << 4), 100_000],
    ]);
    reestimateU(model, random, bayesFactors(model));
    const u = model.comparisons[0]?.levels[1]?.u ?? 1;
    // Counted over every random pair, u would be 61/100,068; the 60 are matches.
    expect(u).toBeLessThan(2e-5);
  });

  it('a name of a small group’s common parts is common, though rare across all records', () => {
    const store = new RecordStore();
    // 200 Khmer records of two family and four given names; 1,800 others with names of their own.
    for (let i = 0; i < 200; i++)
      store.add(
        P(`k${i}`, `${['Kem', 'Sok'][i % 2]} ${['Vannu', 'Dara', 'Sophal', 'Rith'][Math.floor(i / 2) % 4]}`, {
          nationality: 'KH',
        }),
        `k${i}`,
      );
    for (let i = 0; i < 1800; i++)
      store.add(P(`c${i}`, `${letters(i)} ${letters(i + 5000)}`, { nationality: 'CN' }), `c${i}`);
    const f = new PartFrequencies(store).update();
    // Within the Khmer records: 200 × ½ (Kem) × ¼ (Vannu) = 25 bearers; taken over all 2,000 records at once the
    // parts would give 2,000 × 1/20 × 1/40 = 2.5.
    expect(f.bearers(0)).toBeCloseTo(25, 0);
    // A name of parts seen once is rare, also with the identity's own record left out.
    expect(f.bearers(200)).toBeLessThan(0.01);
    expect(f.bearers(200, [200])).toBeLessThan(0.01);
    // A common name's own records barely change it.
    expect(f.bearers(0, [0])).toBeGreaterThan(20);
  });

  it('a part misspelt is as common as the part it misspells; two parts in use one edit apart stay two', () => {
    const store = new RecordStore();
    // 300 Vietnamese records: Nguyen Thi Diep 60 times, Nguyen Thi Hoa 240; two of them with Diep's e doubled
    // (key dip against diap). 1,700 others with names of their own.
    const vn = (id: string, name: string) => store.add(P(id, name, { nationality: 'VN' }), id);
    for (let i = 0; i < 58; i++) vn(`d${i}`, 'Nguyen Thi Diep');
    vn('slip1', 'Nguyễn Thị Diệệp');
    vn('slip2', 'Nguyễn Thị Diệệp');
    for (let i = 0; i < 240; i++) vn(`h${i}`, 'Nguyen Thi Hoa');
    for (let i = 0; i < 1700; i++) store.add(P(`c${i}`, `${letters(i)} ${letters(i + 5000)}`), `c${i}`);
    const f = new PartFrequencies(store).update();
    const at = (id: string) => store.index.get(id) as number;
    // Nguyen Thi Diep: 300 × 300/300 × 300/300 × 60/300 = 60 bearers; the slip alone would make 2.
    expect(f.bearers(at('slip1'))).toBeCloseTo(60, 5);
    expect(f.bearers(at('d0'))).toBeCloseTo(58, 5);
    expect(f.bearers(at('slip1'), [at('slip1')])).toBeGreaterThan(50);
    // Two names in use one edit apart (Vannu, Vanna: 100 records each) are not each other's slips.
    for (let i = 0; i < 100; i++) {
      store.add(P(`vu${i}`, `Vannu ${letters(i + 9000)}`, { nationality: 'KH' }), `vu${i}`);
      store.add(P(`va${i}`, `Vanna ${letters(i + 9500)}`, { nationality: 'KH' }), `va${i}`);
    }
    f.update();
    // 200 × 100/200 × 1/200.
    expect(f.bearers(at('vu0'))).toBeCloseTo(0.5, 5);
  });

  it('a part with two letters left out of a part five times as common is its slip, from five letters up', () => {
    const store = new RecordStore();
    // 60 Adisak Suksawat (key suksavat), two Adisak Suksaat (suksat: w and a left out); 1,700 others.
    const th = (id: string, name: string) => store.add(P(id, name, { nationality: 'TH' }), id);
    for (let i = 0; i < 60; i++) th(`s${i}`, 'Adisak Suksawat');
    th('slip1', 'Adisak Suksaat');
    th('slip2', 'Adisak Suksaat');
    // A four-letter part with two letters left out of a common one (Dara, key dala; Darany, dalani) is a name of
    // its own.
    const kh = (id: string, name: string) => store.add(P(id, name, { nationality: 'KH' }), id);
    kh('short', 'Sok Dara');
    for (let i = 0; i < 30; i++) kh(`d${i}`, 'Sok Darany');
    for (let i = 0; i < 1700; i++) store.add(P(`o${i}`, `${letters(i)} ${letters(i + 5000)}`), `o${i}`);
    const f = new PartFrequencies(store).update();
    const at = (id: string) => store.index.get(id) as number;
    // 62 Thai records, all Adisak: Suksaat counts Suksawat's 60 records and its own two. 31 Khmer records, all Sok:
    // Dara is borne once.
    expect(f.bearers(at('slip1'))).toBeCloseTo(62, 5);
    expect(f.bearers(at('short'))).toBeCloseTo(1, 5);
  });
});
