import { describe, expect, it } from 'vitest';
import { Rng } from '../rng.ts';
import {
  CROSSINGS,
  crossingById,
  crossingsBetween,
  distanceKm,
  jitter,
  routeById,
  townById,
  townsIn,
} from './index.ts';

describe('lookups', () => {
  it('townById finds known towns and nothing else', () => {
    expect(townById('th-mae-sot').name).toBe('Mae Sot');
    expect(townById('xx-nowhere')).toBeUndefined();
  });

  it('crossingById and routeById', () => {
    expect(crossingById('x-mae-sot-myawaddy')?.kind).toBe('bridge');
    expect(crossingById('nope')).toBeUndefined();
    expect(routeById('mm-th-moei-seafood')?.stops[0]).toBe('mm-hpa-an');
    expect(routeById('nope')).toBeUndefined();
  });

  it('townsIn filters by country and tag', () => {
    const lao = townsIn('LA');
    expect(lao.length).toBeGreaterThan(0);
    expect(lao.every((t) => t.country === 'LA')).toBe(true);
    const sez = townsIn('KH', 'sez').map((t) => t.id);
    expect(sez).toEqual(expect.arrayContaining(['kh-poipet', 'kh-bavet', 'kh-sihanoukville']));
    expect(townsIn('KH', 'sez').every((t) => t.tags.includes('sez'))).toBe(true);
    expect(townsIn('CN', 'capital')).toEqual([]);
  });

  it('crossingsBetween ignores order and keeps to the pair', () => {
    const thMm = crossingsBetween('TH', 'MM');
    expect(thMm.map((c) => c.id)).toEqual(crossingsBetween('MM', 'TH').map((c) => c.id));
    expect(thMm.map((c) => c.id)).toContain('x-mae-sot-myawaddy');
    for (const c of thMm) expect(new Set(c.countries)).toEqual(new Set(['TH', 'MM']));
    expect(crossingsBetween('KH', 'CN')).toEqual([]);
    // Formal checkpoints come first.
    const informalAt = thMm.findIndex((c) => c.informal);
    expect(thMm.slice(informalAt).every((c) => c.informal)).toBe(true);
    expect(CROSSINGS.length).toBeGreaterThan(0);
  });
});

describe('distanceKm', () => {
  it('matches known great-circle distances', () => {
    // Bangkok–Chiang Mai is about 585 km as the crow flies; Hanoi–Ho Chi Minh City about 1,140 km.
    expect(distanceKm(townById('th-bangkok'), townById('th-chiang-mai'))).toBeGreaterThan(570);
    expect(distanceKm(townById('th-bangkok'), townById('th-chiang-mai'))).toBeLessThan(600);
    expect(distanceKm(townById('vn-hanoi'), townById('vn-ho-chi-minh-city'))).toBeGreaterThan(1120);
    expect(distanceKm(townById('vn-hanoi'), townById('vn-ho-chi-minh-city'))).toBeLessThan(1160);
    // One degree of latitude is about 111.2 km.
    expect(distanceKm({ lat: 10, lon: 100 }, { lat: 11, lon: 100 })).toBeCloseTo(111.2, 0);
  });

  it('is symmetric and zero from a place to itself', () => {
    const a = townById('mm-myawaddy');
    const b = townById('th-mae-sot');
    expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 9);
    expect(distanceKm(a, a)).toBe(0);
  });
});

describe('jitter', () => {
  it('stays within the radius and is reproducible from the seed', () => {
    const place = townById('kh-poipet');
    const rng = new Rng('jitter');
    const again = new Rng('jitter');
    let far = 0;
    for (let i = 0; i < 2000; i++) {
      const p = jitter(rng, place.lat, place.lon, 5);
      expect(p).toEqual(jitter(again, place.lat, place.lon, 5));
      const d = distanceKm(place, p);
      expect(d).toBeLessThanOrEqual(5.001);
      if (d > 2.5) far++;
    }
    // Uniform over the disc: three quarters of the area lies beyond half the radius.
    expect(far / 2000).toBeGreaterThan(0.7);
    expect(far / 2000).toBeLessThan(0.8);
  });

  it('spreads in every direction and returns the point itself for a zero radius', () => {
    const rng = new Rng(7);
    const pts = Array.from({ length: 400 }, () => jitter(rng, 16.7131, 98.5747, 3));
    expect(pts.some((p) => p.lat > 16.7131 && p.lon > 98.5747)).toBe(true);
    expect(pts.some((p) => p.lat < 16.7131 && p.lon < 98.5747)).toBe(true);
    expect(jitter(rng, 16.7131, 98.5747, 0)).toEqual({ lat: 16.7131, lon: 98.5747 });
  });
});
