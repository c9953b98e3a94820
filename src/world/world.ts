import { buildCast } from './cast.ts';
import { type Geography, loadGeography, UTC_OFFSET_MIN } from './geo.ts';
import type { Group, Site, Victimisation } from './model.ts';
import { generateName, identityNumber, type PersonName } from './names/index.ts';
import { buildPopulation, nationalityOf, type Population, sexOf } from './population.ts';
import { PRESETS, type Preset, type PresetName, WORLD_END_DAY } from './presets.ts';
import { Rng } from './rng.ts';

/** A whole generated world held in memory: geography, cast, population. Traces are streamed from it. */
export interface World {
  seed: number;
  preset: Preset;
  startDay: number;
  endDay: number;
  geo: Geography;
  sites: Site[];
  groups: Group[];
  victims: Map<number, Victimisation>;
  pop: Population;
  rng: Rng;
}

export function createWorld(presetName: PresetName, seed: number): World {
  const preset = PRESETS[presetName];
  const rng = new Rng(`lantern-world/${seed}`);
  const endDay = WORLD_END_DAY;
  const startDay = endDay - preset.days + 1;
  const geo = loadGeography();
  const cast = buildCast(rng.fork('cast'), geo, preset, startDay, endDay);
  const pop = buildPopulation(rng.fork('population'), geo, preset, cast, startDay, endDay);
  return {
    seed,
    preset,
    startDay,
    endDay,
    geo,
    sites: cast.sites,
    groups: cast.groups,
    victims: new Map(cast.victims.map((v) => [v.person, v])),
    pop,
    rng,
  };
}

/** A person's true name: the same every time it is asked for, without being stored. */
export function nameOf(w: World, i: number): PersonName {
  return generateName(w.rng.fork(`name/${i}`), nationalityOf(w.pop, i), sexOf(w.pop, i));
}

/** A person's passport and national identity numbers. */
export function documentsOf(w: World, i: number): { passport: string; nationalId: string } {
  const r = w.rng.fork(`documents/${i}`);
  const nat = nationalityOf(w.pop, i);
  return { passport: identityNumber(r, nat, 'passport'), nationalId: identityNumber(r, nat, 'national_id') };
}

export const isoBirth = (w: World, i: number) =>
  new Date((w.pop.birthDay[i] ?? 0) * 86_400_000).toISOString().slice(0, 10);

export const offsetOfTown = (w: World, town: number) => UTC_OFFSET_MIN[w.geo.towns[town]?.country ?? 'TH'];

/** A cheap integer mix of the seed and some numbers, for per-record attributes that need no stream. */
export function mix(seed: number, a: number, b = 0): number {
  let h = (seed ^ Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

const BANKS: Record<string, string[]> = {
  TH: ['KBANK', 'SCB', 'BBL', 'KTB'],
  KH: ['ABA', 'ACLEDA', 'WING'],
  LA: ['BCEL', 'LDB'],
  MM: ['KBZ', 'AYA', 'CB'],
  VN: ['VCB', 'BIDV', 'TCB'],
  CN: ['ICBC', 'BOC', 'CCB'],
};

/** The account a person uses for transfers (mobile money for many migrants), or null when they have none. */
export function accountOf(w: World, i: number): string | null {
  const h = mix(w.seed, i, 77);
  const nat = nationalityOf(w.pop, i);
  const role = w.pop.role[i] ?? 0;
  if (role === 0 && h % 100 >= 70) return null;
  const banks = BANKS[nat] ?? ['BANK'];
  const bank = banks[h % banks.length] ?? 'BANK';
  // Multiplying by an odd constant modulo 2^32 is one-to-one: every person gets a distinct number.
  return `${bank}-${1_000_000_000 + (Math.imul(i + 1, 0x9e3779b1) >>> 0)}`;
}

export { UTC_OFFSET_MIN };
