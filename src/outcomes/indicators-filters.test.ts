import { describe, expect, it } from 'vitest';
import { ageGroup, passes, placeAt, placeOf, type UnitFacts } from './filters.ts';
import { breakdown, median, stages } from './indicators-shape.ts';
import { stayDays } from './indicators-victims.ts';

// The pure parts of the outcome indicators: places from points, age groups, the filters, the table shapes.

const unit: UnitFacts = {
  on: '2026-11-20',
  place: { country: 'TH', province: 'Tak' },
  agencies: ['a', 'b'],
  exploitation: ['labour'],
  sex: 'female',
  age: 'child',
};

describe('places', () => {
  it('takes the province of the nearest town within reach, and none out at sea', () => {
    // Mae Sot (Tak) is at 16.7131, 98.5747; a point 5 km east of it.
    expect(placeAt(16.7131, 98.62)).toEqual({ country: 'TH', province: 'Tak' });
    expect(placeAt(5, 120)).toEqual({ country: null, province: null });
    expect(placeAt(null, 98)).toEqual({ country: null, province: null });
    // A point that disagrees with the record's own country keeps the country and gives no province.
    expect(placeOf({ lat: 16.7131, lon: 98.62 }, 'MM')).toEqual({ country: 'MM', province: null });
    expect(placeOf({}, 'KH')).toEqual({ country: 'KH', province: null });
  });
});

describe('filters', () => {
  it('group ages: under 18 a child, a doubted adult age unknown', () => {
    expect([ageGroup(17), ageGroup(18), ageGroup(30, true), ageGroup(null), ageGroup(12, true)]).toEqual([
      'child',
      'adult',
      'unknown',
      'unknown',
      'child',
    ]);
  });

  it('pass a unit only when every filter that applies to it matches', () => {
    expect(passes(unit, {})).toBe(true);
    expect(passes(unit, { from: '2026-11-20', to: '2026-11-20' })).toBe(true);
    expect(passes(unit, { from: '2026-11-21' })).toBe(false);
    expect(passes(unit, { to: '2026-11-19' })).toBe(false);
    expect(passes({ ...unit, on: null }, { to: '2026-11-19' })).toBe(false);
    expect(passes(unit, { province: 'tak', country: 'TH' })).toBe(true);
    expect(passes(unit, { province: 'Bangkok' })).toBe(false);
    expect(passes(unit, { agency: 'b' })).toBe(true);
    expect(passes(unit, { agency: 'c' })).toBe(false);
    expect(passes(unit, { exploitation: 'sexual' })).toBe(false);
    expect(passes({ ...unit, exploitation: [] }, { exploitation: 'unknown' })).toBe(true);
    expect(passes(unit, { sex: 'male' })).toBe(false);
    expect(passes(unit, { age: 'adult' })).toBe(false);
    // A unit without sex or age (an operation) is not narrowed by them.
    const { sex: _s, age: _a, ...operation } = unit;
    expect(passes(operation, { sex: 'male', age: 'adult' })).toBe(true);
  });
});

describe('tables', () => {
  it('hold every combination, zeros included, with the total the sum of the cells', () => {
    const t = breakdown(
      'x',
      'X',
      [
        ['sex', ['female', 'male']],
        ['age group', ['child', 'adult']],
      ],
      [{ key: ['male', 'adult'] }, { key: ['male', 'adult'], n: 4 }, { key: ['female', 'child'] }],
      [],
    );
    expect(t.cells).toEqual([
      { key: ['female', 'child'], count: 1 },
      { key: ['female', 'adult'], count: 0 },
      { key: ['male', 'child'], count: 0 },
      { key: ['male', 'adult'], count: 5 },
    ]);
    expect(t).toMatchObject({ kind: 'breakdown', dimensions: ['sex', 'age group'], total: 6 });
    expect(() => breakdown('x', 'X', [['sex', ['female']]], [{ key: ['male'] }], [])).toThrow(/no cell/);
    expect(
      stages(
        'f',
        'F',
        'funnel',
        [
          ['a', 3],
          ['b', 1],
        ],
        ['sex'],
      ),
    ).toMatchObject({
      dimensions: ['stage'],
      cells: [
        { key: ['a'], count: 3 },
        { key: ['b'], count: 1 },
      ],
      total: 4,
      unfiltered: ['sex'],
    });
  });

  it('take medians and clip shelter-days (nights) to the period', () => {
    expect([median([]), median([5]), median([9, 1, 4]), median([1, 2, 3, 10])]).toEqual([null, 5, 4, 2.5]);
    expect(stayDays('2026-11-01', '2026-11-10', '2026-12-01', {})).toBe(9);
    expect(stayDays('2026-11-01', null, '2026-11-05', {})).toBe(4);
    // Counted as nights: the night of the 9th only (she leaves on the 10th); a period ending on the 3rd holds the
    // nights of the 1st, 2nd and 3rd.
    expect(stayDays('2026-11-01', '2026-11-10', '2026-12-01', { from: '2026-11-09', to: '2026-11-30' })).toBe(
      1,
    );
    expect(stayDays('2026-11-01', '2026-11-10', '2026-12-01', { to: '2026-11-03' })).toBe(3);
    expect(stayDays('2026-11-01', '2026-11-10', '2026-12-01', { from: '2026-11-11' })).toBe(0);
  });
});
