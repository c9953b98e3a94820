import type { Cast } from './cast.ts';
import type { Geography } from './geo.ts';
import { CRIMINAL_ROLES, NATIONALITIES, ROLES, type Role } from './model.ts';
import { mobileNumber, type Nationality } from './names/index.ts';
import type { Preset } from './presets.ts';
import type { Rng } from './rng.ts';

/**
 * Everyone in the world, as columns: the cast first (criminals, employers, victims), then the background of
 * migrants and local workers, laid out town by town so that neighbours in the arrays are neighbours in life.
 * Columns keep a million people in a few tens of megabytes.
 */
export interface Population {
  n: number;
  castSize: number;
  nationality: Uint8Array;
  sex: Uint8Array;
  role: Uint8Array;
  birthDay: Int32Array;
  homeTown: Uint16Array;
  town: Uint16Array;
  site: Int32Array;
  group: Int16Array;
  /** Background people of each town: [start, end) in the arrays. */
  blockStart: Int32Array;
  blockEnd: Int32Array;
  phones: PhoneBook;
}

/** Every SIM in use: number (E.164 digits), owner, and the days it was in use. */
export interface PhoneBook {
  count: number;
  number: Float64Array;
  owner: Int32Array;
  from: Int32Array;
  to: Int32Array;
  /** A person's SIMs: the first is at index = person; a second, if any, here (else -1). */
  second: Int32Array;
}

export const roleOf = (p: Population, i: number): Role => ROLES[p.role[i] ?? 0] ?? 'migrant';
export const nationalityOf = (p: Population, i: number): Nationality =>
  NATIONALITIES[p.nationality[i] ?? 0] ?? 'TH';
export const sexOf = (p: Population, i: number) => ((p.sex[i] ?? 0) === 1 ? 'F' : 'M');

const MIGRANT_ORIGINS: Nationality[] = ['MM', 'KH', 'LA', 'VN', 'CN'];
const MIGRANT_WEIGHTS = [46, 22, 14, 10, 8];

/** A birthday on which the person is exactly `age` years old on `endDay`, counted by the calendar. */
function birthDayFor(rng: Rng, age: number, endDay: number): number {
  const end = new Date(endDay * 86_400_000);
  const at = (years: number) =>
    Math.floor(Date.UTC(end.getUTCFullYear() - years, end.getUTCMonth(), end.getUTCDate()) / 86_400_000);
  const earliest = at(age + 1) + 1;
  return earliest + rng.int(0, at(age) - earliest);
}

export function buildPopulation(
  rng: Rng,
  geo: Geography,
  preset: Preset,
  cast: Cast,
  startDay: number,
  endDay: number,
): Population {
  const castSize = cast.members.length;
  const n = Math.max(preset.people, castSize + 200);
  const nationality = new Uint8Array(n);
  const sex = new Uint8Array(n);
  const role = new Uint8Array(n);
  const birthDay = new Int32Array(n);
  const homeTown = new Uint16Array(n);
  const town = new Uint16Array(n);
  const site = new Int32Array(n).fill(-1);
  const group = new Int16Array(n).fill(-1);
  const natIndex = new Map(NATIONALITIES.map((c, i) => [c, i]));
  const roleIndex = new Map(ROLES.map((r, i) => [r, i]));

  cast.members.forEach((m, i) => {
    nationality[i] = natIndex.get(m.nationality) ?? 0;
    sex[i] = m.sex === 'F' ? 1 : 0;
    role[i] = roleIndex.get(m.role) ?? 0;
    birthDay[i] = birthDayFor(rng, m.age, endDay);
    homeTown[i] = m.homeTown;
    town[i] = m.town;
    site[i] = m.site;
    group[i] = m.group;
  });

  // Background: where people live now, by how much work a town offers.
  const towns = geo.towns;
  const weight = towns.map(
    (t) =>
      (t.tags.has('capital') ? 8 : 0) +
      (t.tags.has('industrial') ? 5 : 0) +
      (t.tags.has('port') ? 3 : 0) +
      (t.tags.has('destination') ? 3 : 0) +
      1,
  );
  const total = weight.reduce((a, b) => a + b, 0);
  const blockStart = new Int32Array(towns.length);
  const blockEnd = new Int32Array(towns.length);
  const sourcesOf = new Map<Nationality, number[]>();
  for (const t of towns)
    if (t.tags.has('source')) sourcesOf.set(t.country, [...(sourcesOf.get(t.country) ?? []), t.idx]);
  const lawfulSitesOf = new Map<number, number[]>();
  for (const s of cast.sites)
    if (s.severity === 'lawful')
      lawfulSitesOf.set(s.townIdx, [...(lawfulSitesOf.get(s.townIdx) ?? []), s.idx]);
  let i = castSize;
  const background = n - castSize;
  towns.forEach((t, ti) => {
    blockStart[ti] = i;
    const size = ti === towns.length - 1 ? n - i : Math.round((background * (weight[ti] ?? 1)) / total);
    const end = Math.min(n, i + size);
    const workplaces = lawfulSitesOf.get(ti) ?? [];
    // Thailand draws migrants from its neighbours; elsewhere most people are locals.
    const migrantShare = t.country === 'TH' ? 0.45 : t.tags.has('sez') ? 0.5 : 0.08;
    for (; i < end; i++) {
      const migrant = rng.chance(migrantShare);
      const nat = migrant
        ? rng.weighted(
            MIGRANT_ORIGINS.filter((c) => c !== t.country),
            MIGRANT_WEIGHTS.slice(0, 4),
          )
        : t.country;
      nationality[i] = natIndex.get(nat) ?? 0;
      sex[i] = rng.chance(0.47) ? 1 : 0;
      role[i] = roleIndex.get(migrant ? 'migrant' : 'local_worker') ?? 0;
      birthDay[i] = birthDayFor(rng, rng.int(18, 60), endDay);
      const homes = sourcesOf.get(nat);
      homeTown[i] = migrant && homes && homes.length > 0 ? rng.pick(homes) : ti;
      town[i] = ti;
      if (workplaces.length > 0 && rng.chance(0.3)) site[i] = rng.pick(workplaces);
    }
    blockEnd[ti] = i;
  });

  const pop: Population = {
    n,
    castSize,
    nationality,
    sex,
    role,
    birthDay,
    homeTown,
    town,
    site,
    group,
    blockStart,
    blockEnd,
    phones: emptyPhoneBook(0, 0),
  };
  pop.phones = buildPhones(rng, pop, cast, geo, startDay, endDay);
  return pop;
}

function emptyPhoneBook(n: number, capacity: number): PhoneBook {
  return {
    count: 0,
    number: new Float64Array(capacity),
    owner: new Int32Array(capacity),
    from: new Int32Array(capacity),
    to: new Int32Array(capacity),
    second: new Int32Array(n).fill(-1),
  };
}

/**
 * One SIM per person, bought where they live; criminals change SIMs often, others sometimes. A victim's phone
 * falls silent on arrival at the site: it is taken from them.
 */
function buildPhones(
  rng: Rng,
  pop: Population,
  cast: Cast,
  geo: Geography,
  startDay: number,
  endDay: number,
): PhoneBook {
  const n = pop.n;
  const book = emptyPhoneBook(n, Math.ceil(n * 1.25) + 16);
  const seen = new Set<number>();
  const fresh = (country: Nationality) => {
    for (;;) {
      const num = Number(mobileNumber(rng, country).slice(1));
      if (!seen.has(num)) {
        seen.add(num);
        return num;
      }
    }
  };
  const arrived = new Map<number, number>();
  for (const v of cast.victims) if (v.status === 'trafficked') arrived.set(v.person, v.arrivedOn);
  for (let i = 0; i < n; i++) {
    const country = geo.towns[pop.town[i] ?? 0]?.country ?? 'TH';
    const victimHome = arrived.has(i) ? (geo.towns[pop.homeTown[i] ?? 0]?.country ?? country) : country;
    book.number[i] = fresh(victimHome);
    book.owner[i] = i;
    book.from[i] = startDay - rng.int(30, 1500);
    book.to[i] = arrived.get(i) ?? endDay + 1;
  }
  book.count = n;
  for (let i = 0; i < n; i++) {
    const criminal = CRIMINAL_ROLES.has(roleOf(pop, i));
    if (!rng.chance(criminal ? 0.6 : 0.08) || arrived.has(i)) continue;
    const switchDay = startDay + rng.int(10, Math.max(11, endDay - startDay - 10));
    const k = book.count++;
    book.number[k] = fresh(geo.towns[pop.town[i] ?? 0]?.country ?? 'TH');
    book.owner[k] = i;
    book.from[k] = switchDay;
    book.to[k] = endDay + 1;
    book.to[i] = switchDay;
    book.second[i] = k;
  }
  return book;
}

/** The SIM a person used on a day, or -1 when they had none in use (a victim whose phone was taken). */
export function phoneOn(pop: Population, person: number, day: number): number {
  const b = pop.phones;
  const second = b.second[person] ?? -1;
  if (second >= 0 && day >= (b.from[second] ?? 0)) return second;
  return day < (b.to[person] ?? 0) ? person : -1;
}
