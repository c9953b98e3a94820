import { describe, expect, it } from 'vitest';
import { insidePolygon, matchRules, type RoutableItem, type Rule, ruleMiss } from './routing-match.ts';

const SAMUT_SAKHON: [number, number][] = [
  [13.4, 100.0],
  [13.7, 100.0],
  [13.7, 100.4],
  [13.4, 100.4],
];
const rule = (over: Partial<Rule>): Rule => ({
  id: over.name ?? 'r',
  name: 'r',
  toAgencyId: 'police',
  appliesTo: ['tip', 'inspection'],
  countries: null,
  area: null,
  kinds: null,
  childrenOnly: false,
  minDanger: null,
  priority: 100,
  active: true,
  ...over,
});
const tip = (over: Partial<RoutableItem>): RoutableItem => ({
  type: 'tip',
  kind: 'labour',
  children: 'no',
  danger: 'medium',
  lat: 13.55,
  lon: 100.27,
  country: 'TH',
  ...over,
});

describe('routing rules, case by case', () => {
  it('reads a point inside and outside an area', () => {
    expect(insidePolygon(13.55, 100.27, SAMUT_SAKHON)).toBe(true);
    expect(insidePolygon(13.75, 100.5, SAMUT_SAKHON)).toBe(false);
  });

  it('takes by country, and not a tip from elsewhere or with no country', () => {
    const r = rule({ countries: ['TH'] });
    expect(ruleMiss(r, tip({}))).toBeNull();
    expect(ruleMiss(r, tip({ country: 'KH' }))).toBe('other_country');
    expect(ruleMiss(r, tip({ country: null }))).toBe('other_country');
  });

  it('takes by area, and says when the tip has no point on the map', () => {
    const r = rule({ area: SAMUT_SAKHON });
    expect(ruleMiss(r, tip({}))).toBeNull();
    expect(ruleMiss(r, tip({ lat: 13.75, lon: 100.5 }))).toBe('outside_area');
    expect(ruleMiss(r, tip({ lat: null, lon: null }))).toBe('no_point');
  });

  it('takes by kind of exploitation', () => {
    const r = rule({ kinds: ['labour'] });
    expect(ruleMiss(r, tip({}))).toBeNull();
    expect(ruleMiss(r, tip({ kind: 'sexual' }))).toBe('other_kind');
  });

  it('takes children only when children are named, not when unknown', () => {
    const r = rule({ childrenOnly: true });
    expect(ruleMiss(r, tip({ children: 'yes' }))).toBeNull();
    expect(ruleMiss(r, tip({ children: 'unknown' }))).toBe('no_children');
    expect(ruleMiss(r, tip({ children: 'no' }))).toBe('no_children');
  });

  it('takes by severity, counting an unknown danger as high', () => {
    const r = rule({ minDanger: 'high' });
    expect(ruleMiss(r, tip({ danger: 'life' }))).toBeNull();
    expect(ruleMiss(r, tip({ danger: 'high' }))).toBeNull();
    expect(ruleMiss(r, tip({ danger: 'unknown' }))).toBeNull();
    expect(ruleMiss(r, tip({ danger: 'medium' }))).toBe('less_severe');
    expect(ruleMiss(rule({ minDanger: 'life' }), tip({ danger: 'unknown' }))).toBe('less_severe');
  });

  it('keeps tips and inspections apart, and skips inactive rules', () => {
    expect(ruleMiss(rule({ appliesTo: ['tip'] }), tip({ type: 'inspection' }))).toBe('not_for_inspections');
    expect(ruleMiss(rule({ active: false }), tip({}))).toBe('inactive');
  });

  it('flags an overlap when two agencies have jurisdiction, most specific first', () => {
    const rules = [
      rule({ name: 'Thailand to the police', countries: ['TH'], toAgencyId: 'police', priority: 100 }),
      rule({
        name: 'Labour in Samut Sakhon',
        area: SAMUT_SAKHON,
        kinds: ['labour'],
        toAgencyId: 'labour',
        priority: 10,
      }),
      rule({ name: 'Children to the police', childrenOnly: true, toAgencyId: 'police', priority: 50 }),
    ];
    const p = matchRules(rules, tip({}));
    expect(p.overlap).toBe(true);
    expect(p.agencies.map((a) => a.agencyId)).toEqual(['labour', 'police']);
    const withChildren = matchRules(rules, tip({ children: 'yes' }));
    expect(withChildren.agencies.find((a) => a.agencyId === 'police')?.rules.map((r) => r.name)).toEqual([
      'Children to the police',
      'Thailand to the police',
    ]);
    const sexual = matchRules(rules, tip({ kind: 'sexual' }));
    expect(sexual.overlap).toBe(false);
    expect(sexual.agencies.map((a) => a.agencyId)).toEqual(['police']);
  });

  it('never routes back to the sender, and says why nothing matched', () => {
    const rules = [rule({ countries: ['TH'], toAgencyId: 'ngo' })];
    expect(matchRules(rules, tip({}), 'ngo').agencies).toEqual([]);
    expect(matchRules(rules, tip({ country: 'LA' })).unmatched).toEqual({
      noRules: false,
      misses: ['other_country'],
    });
    expect(matchRules([], tip({})).unmatched).toEqual({ noRules: true, misses: [] });
  });
});
