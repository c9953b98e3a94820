import { describe, expect, it } from 'vitest';
import { attributeTips, rankSites, type SiteEvidence, scoreSite } from './targeting.ts';
import {
  childOn,
  countCrossing,
  MIN_COMMUNITY_CROSSINGS,
  rankCommunities,
  scoreCommunity,
} from './targeting-communities.ts';
import { signsOfIndicators, signsOfText } from './targeting-signs.ts';

const site = (over: Partial<SiteEvidence>): SiteEvidence => ({
  entityId: 'x',
  label: 'x',
  kind: null,
  area: null,
  lat: null,
  lon: null,
  tips: [],
  inspections: [],
  screenings: null,
  reports: 0,
  network: null,
  ...over,
});

describe('reading signs', () => {
  it('reads the signs of a tip in English, Thai and Vietnamese', () => {
    expect([
      ...signsOfText('About 6 workers at a house. They are locked in and cannot go out. Some look under 18.'),
    ]).toEqual(['confinement', 'children']);
    expect([...signsOfText('มีแรงงานพม่าอยู่ที่ร้านนวด มีคนถูกทำร้ายร่างกาย ถูกยึดพาสปอร์ต')].sort()).toEqual([
      'documents_taken',
      'violence',
    ]);
    expect([...signsOfText('Có người bị đánh. Phụ nữ bị ép tiếp khách.')].sort()).toEqual([
      'sexual_exploitation',
      'violence',
    ]);
    expect([...signsOfText('The power went out at the lower market.')]).toEqual([]);
  });

  it('counts coercion during recruitment as deception only, not as what the site does', () => {
    expect([...signsOfIndicators(['coercive_recruitment.violence_on_victims'])]).toEqual(['deception']);
    expect([
      ...signsOfIndicators(['coercion_at_destination.violence_on_victims', 'ilo11.debt_bondage']),
    ]).toEqual(['violence', 'debt_bondage']);
  });
});

describe('ranking sites', () => {
  it('gives each rank its reasons as codes with the figures, weightiest first', () => {
    const s = scoreSite(
      site({
        kind: 'brothel',
        tips: [
          { signs: ['violence', 'children'], km: 0.4 },
          { signs: ['confinement'], km: 1.2 },
          { signs: [], km: null },
        ],
        inspections: [{ signs: ['premises_locked'] }],
        reports: 3,
        network: { brokers: 1, strength: 99, community: 2 },
      }),
    );
    // Equal points in a fixed order: locked premises, children, violence with confinement, the other signs...
    const sign = (s: string, tips: number, inspections = 0) => ({
      code: 'sign',
      sign: s,
      tips,
      inspections,
      screened: 0,
    });
    expect(s.reasons).toEqual([
      sign('premises_locked', 0, 1),
      sign('children', 1),
      { code: 'violence_with_confinement' },
      sign('violence', 1),
      sign('confinement', 1),
      { code: 'brokers', count: 1 },
      { code: 'tips', placed: 2, withinMetres: 1200, named: 1 },
      { code: 'contacts', count: 99 },
      { code: 'reports', count: 3 },
    ]);
    // 10 + 10 + 4 + 4 + 3 + 1.5 + 0.5·log2(4) + 0.5·log2(4) + 0.5·log10(100)
    expect(s.score).toBe(35.5);
    expect(s.exploitation).toEqual(['sexual']);
  });

  it('counts a sign repeated by several sources with diminishing weight', () => {
    const once = scoreSite(site({ tips: [{ signs: ['violence'], km: 1 }] })).score;
    const thrice = scoreSite(
      site({
        tips: [
          { signs: ['violence'], km: 1 },
          { signs: ['violence'], km: 1 },
        ],
        screenings: { screened: 4, presumedTrafficked: 0, signs: { violence: 1 } },
      }),
    );
    expect(once).toBe(4.5); // 4 + 0.5·log2(2)
    expect(thrice.figures.signs).toEqual({ violence: 3 });
    expect(thrice.reasons[0]).toEqual({
      code: 'sign',
      sign: 'violence',
      tips: 2,
      inspections: 0,
      screened: 1,
    });
  });

  it('filters by area and exploitation before ranking, and leaves out sites with no evidence', () => {
    const sites = [
      site({ entityId: 'a', label: 'A', kind: 'farm', area: 'Ranong, TH', reports: 1 }),
      site({ entityId: 'b', label: 'B', kind: 'karaoke_bar', area: 'Ranong, TH', reports: 3 }),
      site({ entityId: 'c', label: 'C', kind: 'farm', area: 'Mae Sot, TH', reports: 7 }),
      site({ entityId: 'd', label: 'D', kind: 'farm', area: 'Ranong, TH' }),
    ];
    expect(rankSites(sites).map((r) => `${r.rank}${r.entityId}`)).toEqual(['1c', '2b', '3a']);
    expect(rankSites(sites, { area: 'ranong' }).map((r) => `${r.rank}${r.entityId}`)).toEqual(['1b', '2a']);
    expect(rankSites(sites, { area: 'ranong', exploitation: 'labour' }).map((r) => r.entityId)).toEqual([
      'a',
    ]);
  });

  it('ties a placed tip to the nearest site of the kind it describes, and a worded one to the only such site in its town', () => {
    const sites = [
      { entityId: 'farm', kind: 'farm', lat: 10, lon: 100, area: 'Chumphon, TH' },
      { entityId: 'bar', kind: 'karaoke_bar', lat: 10.01, lon: 100, area: 'Chumphon, TH' },
      { entityId: 'far', kind: 'karaoke_bar', lat: 10.5, lon: 100, area: 'Lang Suan, TH' },
    ];
    const tied = attributeTips(sites, [
      // Nearer the farm, but it speaks of a karaoke bar.
      { text: 'Girls at a karaoke bar are locked in', lat: 10.002, lon: 100 },
      { text: 'Workers at a plantation are not paid', lat: 10.009, lon: 100 },
      { text: 'Someone was beaten at a karaoke bar', lat: null, lon: null, placeHint: 'Lang Suan market' },
      { text: 'A karaoke bar', lat: 11, lon: 100 },
    ]);
    expect(Object.fromEntries(tied)).toEqual({
      bar: [{ signs: ['confinement'], km: 0.89 }],
      farm: [{ signs: ['unpaid'], km: 1 }],
      far: [{ signs: ['violence'], km: null }],
    });
  });
});

describe('ranking source communities', () => {
  it('counts crossings by nationality and the home-side town, and ranks by vulnerability with reasons', () => {
    const into = new Map();
    const at = new Date('2026-06-01T00:00:00Z');
    for (let i = 0; i < 20; i++)
      countCrossing(into, {
        checkpointId: i < 10 ? 'x-moei-mae-sot-informal' : 'x-mae-sot-myawaddy',
        checkpoint: '',
        nationality: 'MM',
        documentType: i < 4 ? 'none' : 'passport',
        birth: i < 5 ? '2010-01-01' : '1990-01-01',
        at,
      });
    for (let i = 0; i < MIN_COMMUNITY_CROSSINGS - 1; i++)
      countCrossing(into, {
        checkpointId: 'x-mae-sot-myawaddy',
        checkpoint: '',
        nationality: 'TH',
        documentType: 'none',
        birth: null,
        at,
      });
    const ranked = rankCommunities([...into.values()]);
    expect(ranked).toHaveLength(1);
    expect(ranked[0]).toMatchObject({
      rank: 1,
      key: 'MM · Myawaddy',
      crossings: 20,
      irregular: 10,
      noDocument: 4,
      children: 5,
    });
    expect(ranked[0]?.reasons).toEqual([
      // 6 × 50% × 20/50, then 8 × 25% × 20/50, then 4 × 20% × 20/50.
      { code: 'irregular', count: 10, crossings: 20 },
      { code: 'children', count: 5, crossings: 20 },
      { code: 'no_document', count: 4, crossings: 20 },
    ]);
    // Presumed victims (3 × log2 4 = 6 points) before people trafficked again (4 × 2 × ½ = 4).
    const told = scoreCommunity({
      key: 'MM · Myawaddy',
      nationality: 'MM',
      area: 'Myawaddy',
      crossings: 20,
      irregular: 0,
      noDocument: 0,
      children: 0,
      victims: 3,
      retrafficked: 1,
    });
    expect(told.reasons).toEqual([
      { code: 'presumed_victims', count: 3 },
      { code: 'retrafficked', count: 1 },
    ]);
    expect(childOn('2008-06-02', at)).toBe(true);
    expect(childOn('2008-06-01', at)).toBe(false);
  });
});
