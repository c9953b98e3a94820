import { describe, expect, it } from 'vitest';
import {
  type CountTable,
  differencesWithEarlier,
  type PublishedTable,
  publishedFigures,
  suppressTables,
} from './suppression.ts';
import { attackRanges, differenceRange } from './suppression-attack.ts';
import { twoWholeNumbers } from './suppression-table.ts';

const K = 11;

/** Victims by sex and age, January to June. */
const firstHalf: CountTable = {
  id: 'victims_by_sex_age',
  title: 'Victims identified, by sex and age group',
  dimensions: ['sex', 'age'],
  cells: [
    { key: ['female', 'child'], count: 4 },
    { key: ['female', 'adult'], count: 30 },
    { key: ['female', 'unknown'], count: 20 },
    { key: ['male', 'child'], count: 15 },
    { key: ['male', 'adult'], count: 40 },
    { key: ['male', 'unknown'], count: 60 },
    { key: ['other', 'child'], count: 25 },
    { key: ['other', 'adult'], count: 35 },
    { key: ['other', 'unknown'], count: 45 },
  ],
  total: 274,
};

/** The same table over January to December: `other, adult` grows by `g`, nothing else changes. */
const wholeYear = (g: number): CountTable => ({
  ...firstHalf,
  cells: firstHalf.cells.map((c) => (c.key.join() === 'other,adult' ? { ...c, count: c.count + g } : c)),
  total: firstHalf.total + g,
});

/** Every figure published in both releases whose difference is a small count. */
const smallDifferences = (later: PublishedTable, earlier: PublishedTable) => {
  const before = publishedFigures(earlier);
  return [...publishedFigures(later)].flatMap(([id, v]) => {
    const w = before.get(id);
    if (v === null || v === undefined || w === null || w === undefined) return [];
    const d = Math.abs(v - w);
    return d >= 1 && d < K ? [`${id} differs by ${d}`] : [];
  });
};

describe('a differencing attack between two releases', () => {
  const first = suppressTables([firstHalf]);
  const earlier = [{ id: 'r1', title: 'January to June', tables: first.tables }];

  it('without the consistency check, subtracting the first release from the second reveals the 1 to 10 people added', () => {
    for (let g = 1; g <= 10; g++) {
      const naive = suppressTables([wholeYear(g)]).tables[0] as PublishedTable;
      // The cell itself, its row and column totals and the grand total each give away g.
      expect(smallDifferences(naive, first.tables[0] as PublishedTable)).toEqual([
        `cell:["other","adult"] differs by ${g}`,
        `margin:sex:other differs by ${g}`,
        `margin:age:adult differs by ${g}`,
        `total differs by ${g}`,
      ]);
    }
  });

  it('with it, no difference of published figures is from 1 to 10, and the grown cell cannot be solved in either release', () => {
    for (let g = 1; g <= 10; g++) {
      const second = suppressTables([wholeYear(g)], { earlier });
      const p = second.tables[0] as PublishedTable;
      expect(smallDifferences(p, first.tables[0] as PublishedTable)).toEqual([]);
      expect(differencesWithEarlier(p, earlier, K).size).toBe(0);
      // The grown cell is hidden, and what it grew by is not pinned by the two releases' figures together.
      expect(p.cells[7]?.count).toBeNull();
      const grew = differenceRange(p, first.tables[0] as PublishedTable, ['other', 'adult']);
      expect(grew.min <= g && g <= grew.max).toBe(true);
      expect(twoWholeNumbers(grew)).toBe(true);
      // Every hidden cell of the second release keeps a range of two whole numbers or more.
      for (const r of attackRanges(p).values()) expect(twoWholeNumbers(r)).toBe(true);
      const reasons = second.report.filter((e) => e.reason === 'release_consistency');
      expect(reasons.map((e) => e.words)).toContain(
        'the figure for sex other, age adult is hidden: subtracting the same figure in the earlier release "January to June" would leave fewer than 11',
      );
      expect(reasons.length).toBe(4);
    }
  });

  it('leaves a release alone when nothing differs by a small count (grown by 11 or more)', () => {
    const second = suppressTables([wholeYear(11)], { earlier });
    expect(second.report.filter((e) => e.reason === 'release_consistency')).toEqual([]);
    expect(second.tables[0]?.cells[7]?.count).toBe(46);
  });
});
