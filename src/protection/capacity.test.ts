import { describe, expect, it } from 'vitest';
import { type Capacity, capacityProblems } from './capacity.ts';

const shelter: Capacity = {
  kind: 'shelter',
  beds: 2,
  occupied: 1,
  languages: ['th', 'my'],
  sexes: ['female'],
  acceptsChildren: true,
  acceptsAdults: true,
};
const woman = { child: false, sex: 'female', language: 'my' };

describe("a provider's capacity, checked before a referral", () => {
  it('lets a person in who fits', () => {
    expect(capacityProblems(shelter, woman, false)).toEqual([]);
    expect(capacityProblems(shelter, { ...woman, sex: 'undisclosed' }, false)).toEqual([]);
    expect(capacityProblems(shelter, { ...woman, sex: null }, false)).toEqual([]);
  });

  it('names each thing that does not fit', () => {
    expect(
      capacityProblems({ ...shelter, acceptsChildren: false }, { ...woman, child: true }, false),
    ).toEqual([
      'this provider does not accept children; a person under 18, of unknown age or whose age is doubted is referred only to a provider that does',
    ]);
    expect(capacityProblems({ ...shelter, acceptsAdults: false }, woman, false)).toEqual([
      'this provider takes children only',
    ]);
    expect(capacityProblems(shelter, { ...woman, sex: 'male' }, false)).toEqual([
      'this provider takes female people only',
    ]);
    expect(capacityProblems({ ...shelter, occupied: 2 }, { ...woman, language: 'km' }, false)).toEqual([
      "this provider works in th, my, not in the person's language (km): arrange interpretation or choose another provider",
      'no free bed (2 of 2 taken)',
    ]);
  });

  it('accepts another language once interpretation is arranged, and counts no beds where none are kept', () => {
    expect(capacityProblems(shelter, { ...woman, language: 'km' }, true)).toEqual([]);
    expect(capacityProblems({ ...shelter, beds: null, occupied: 9 }, woman, false)).toEqual([]);
    expect(capacityProblems({ ...shelter, languages: [] }, { ...woman, language: 'vi' }, false)).toEqual([]);
  });
});
