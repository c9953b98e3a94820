import type { Geography, Town } from './geo.ts';
import { indicatorsFor } from './indicators.ts';
import type { Group, Role, Severity, Site, SiteKind, Victimisation, VictimStatus } from './model.ts';
import type { Nationality, Sex } from './names/index.ts';
import type { Preset } from './presets.ts';
import type { Rng } from './rng.ts';
import {
  EXPLOITATION_OF,
  GROUP_NAMES,
  HALLMARKS,
  SECTOR_OF,
  SITE_KIND_WEIGHTS,
  SITE_TOWN_TAGS,
  VICTIMS_PER_SITE,
} from './site-kinds.ts';

/** One person of the cast before the population arrays are laid out. */
export interface CastMember {
  role: Role;
  nationality: Nationality;
  sex: Sex;
  age: number;
  homeTown: number;
  town: number;
  site: number;
  group: number;
}

export interface Cast {
  sites: Site[];
  groups: Group[];
  members: CastMember[];
  victims: Victimisation[];
}

function townsTagged(towns: readonly Town[], tags: readonly string[]): Town[] {
  const found = towns.filter((t) => tags.some((tag) => t.tags.has(tag)));
  return found.length > 0 ? found : towns.filter((t) => t.tags.has('destination'));
}

function siteName(rng: Rng, kind: SiteKind, town: Town, n: number): string {
  const place = town.name.split(/[ (]/)[0] ?? town.name;
  const word = rng.pick([
    'Golden',
    'Siam',
    'Mekong',
    'Star',
    'Lucky',
    'Royal',
    'Ocean',
    'Green',
    'Sunrise',
    'Diamond',
    'Happy',
    'Asia',
  ]);
  switch (kind) {
    case 'seafood_processing':
      return `${word} ${place} Seafood Co. ${n}`;
    case 'fishing_vessel':
      return `${word} Sea ${rng.int(1, 99)}`;
    case 'brothel':
      return `${word} Massage ${place}`;
    case 'karaoke_bar':
      return `${word} Karaoke ${n}`;
    case 'farm':
      return `${word} ${rng.pick(['Rubber', 'Palm', 'Sugarcane', 'Banana', 'Cassava'])} Plantation`;
    case 'construction':
      return `${word} Construction Site ${n}`;
    case 'domestic_household':
      return `Household ${n}, ${place}`;
    case 'scam_compound':
      return `${word} ${rng.pick(['Tech Park', 'Investment Building', 'Resort', 'Casino Hotel'])} ${place}`;
  }
}

function severityFor(rng: Rng, kind: SiteKind): Severity {
  // Most workplaces are lawful; scam compounds mostly are not, and the sex trade more often than the rest.
  if (kind === 'scam_compound')
    return rng.weighted<Severity>(['lawful', 'exploitative', 'severe'], [55, 35, 10]);
  if (kind === 'brothel')
    return rng.weighted<Severity>(['lawful', 'labour_rights', 'exploitative', 'severe'], [70, 5, 20, 5]);
  return rng.weighted<Severity>(['lawful', 'labour_rights', 'exploitative', 'severe'], [88, 7, 4, 1]);
}

const ageOf = (rng: Rng, min: number, max: number) => rng.int(min, max);

/**
 * Lays out sites, criminal groups, their members and the people they exploit. Background migrants and workers
 * are added afterwards by the population.
 */
export function buildCast(rng: Rng, geo: Geography, preset: Preset, startDay: number, endDay: number): Cast {
  const members: CastMember[] = [];
  const add = (m: CastMember) => members.push(m) - 1;
  const sites: Site[] = [];
  const groups: Group[] = [];
  const victims: Victimisation[] = [];
  const destCountry = (t: number) => geo.towns[t]?.country ?? 'TH';

  // Groups, each working one route.
  for (let g = 0; g < preset.groups; g++) {
    const route = rng.weighted(
      geo.routes,
      geo.routes.map((r) => r.weight),
    );
    const source = geo.towns[route.stops[0] ?? 0];
    const dest = route.stops[route.stops.length - 1] ?? 0;
    const nat = source?.country ?? 'MM';
    const group: Group = {
      idx: g,
      id: `G${String(g + 1).padStart(3, '0')}`,
      name: `${GROUP_NAMES[g % GROUP_NAMES.length]} ${Math.floor(g / GROUP_NAMES.length) + 1}`,
      routeId: route.id,
      members: [],
      keyFigures: [],
      sites: [],
      boss: -1,
    };
    const member = (role: Role, town: number, natOf: Nationality = nat) => {
      const i = add({
        role,
        nationality: natOf,
        sex: rng.chance(role === 'recruiter' ? 0.45 : 0.2) ? 'F' : 'M',
        age: ageOf(rng, 24, 58),
        homeTown: route.stops[0] ?? town,
        town,
        site: -1,
        group: g,
      });
      group.members.push(i);
      return i;
    };
    group.boss = member('site_owner', dest, rng.chance(0.6) ? destCountry(dest) : nat);
    group.keyFigures.push(group.boss);
    for (let k = rng.int(1, 2); k > 0; k--) member('broker', route.stops[1] ?? dest);
    for (let k = rng.int(2, 4); k > 0; k--) member('recruiter', route.stops[0] ?? dest);
    for (let k = rng.int(1, 3); k > 0; k--)
      member('transporter', route.stops[Math.min(1, route.stops.length - 1)] ?? dest);
    for (let k = rng.int(1, 2); k > 0; k--) member('money_collector', dest, destCountry(dest));
    for (let k = rng.int(0, 2); k > 0; k--)
      member('official', rng.pick(route.stops), destCountry(rng.pick(route.stops)));
    groups.push(group);
  }

  // Sites: most lawful; the rest run by the group whose route leads to their sector.
  for (let s = 0; s < preset.sites; s++) {
    const kind = rng.weighted(
      [...Object.keys(SITE_KIND_WEIGHTS)] as SiteKind[],
      Object.values(SITE_KIND_WEIGHTS),
    );
    const severity = severityFor(rng, kind);
    const criminal = severity === 'exploitative' || severity === 'severe';
    let group = -1;
    let town: Town;
    if (criminal && groups.length > 0) {
      const fitting = groups.filter((g) =>
        geo.routes.find((r) => r.id === g.routeId)?.sectors.includes(SECTOR_OF[kind]),
      );
      const g = fitting.length > 0 ? rng.pick(fitting) : rng.pick(groups);
      group = g.idx;
      const route = geo.routes.find((r) => r.id === g.routeId);
      const routeTowns = (route?.stops ?? [])
        .map((i) => geo.towns[i])
        .filter((t): t is Town => t !== undefined);
      const tagged = routeTowns.filter((t) => SITE_TOWN_TAGS[kind].some((tag) => t.tags.has(tag)));
      town = tagged.length > 0 ? rng.pick(tagged) : rng.pick(townsTagged(geo.towns, SITE_TOWN_TAGS[kind]));
    } else {
      town = rng.pick(townsTagged(geo.towns, SITE_TOWN_TAGS[kind]));
    }
    const lat = town.lat + rng.normal(0, 0.03);
    const lon = town.lon + rng.normal(0, 0.03);
    const site: Site = {
      idx: s,
      id: `S${String(s + 1).padStart(5, '0')}`,
      kind,
      name: siteName(rng, kind, town, s + 1),
      townIdx: town.idx,
      lat: Math.round(lat * 1e5) / 1e5,
      lon: Math.round(lon * 1e5) / 1e5,
      severity: criminal && group < 0 ? 'labour_rights' : severity,
      exploitation: criminal && group >= 0 ? EXPLOITATION_OF[kind] : null,
      group,
      owner: -1,
      registrationNo:
        kind === 'domestic_household' ? null : `${town.country}-${String(100000 + s * 7).slice(-6)}`,
      registeredOn: startDay - rng.int(200, 4000),
      hallmarks: criminal ? rng.sample(HALLMARKS[kind], 2) : [],
      workers: [],
      children: criminal && severity === 'severe' && kind !== 'scam_compound' && rng.chance(0.5),
    };
    const g = groups[group];
    if (g) {
      g.sites.push(s);
      site.owner =
        g.sites.length === 1 || rng.chance(0.5)
          ? g.boss
          : add({
              role: 'site_owner',
              nationality: destCountry(town.idx),
              sex: 'M',
              age: ageOf(rng, 30, 60),
              homeTown: town.idx,
              town: town.idx,
              site: s,
              group: g.idx,
            });
      if (site.owner !== g.boss) g.members.push(site.owner);
      const staff = site.severity === 'severe' ? rng.int(2, 4) : rng.int(1, 2);
      for (let k = 0; k < staff; k++) {
        const role: Role = k === 0 ? 'supervisor' : 'guard';
        const i = add({
          role,
          nationality: destCountry(town.idx),
          sex: 'M',
          age: ageOf(rng, 22, 50),
          homeTown: town.idx,
          town: town.idx,
          site: s,
          group: g.idx,
        });
        g.members.push(i);
      }
    } else {
      site.owner = add({
        role: 'employer',
        nationality: destCountry(town.idx),
        sex: rng.chance(0.3) ? 'F' : 'M',
        age: ageOf(rng, 30, 65),
        homeTown: town.idx,
        town: town.idx,
        site: s,
        group: -1,
      });
    }
    sites.push(site);
  }

  // Lawful recruitment agencies in the source countries: their staff recruit most migrants, and they are not criminals.
  const sourceTowns = geo.towns.filter(
    (t) => t.tags.has('source') && t.country !== 'TH' && t.country !== 'CN',
  );
  for (let k = Math.max(2, Math.round(preset.sites / 60)); k > 0 && sourceTowns.length > 0; k--) {
    const town = rng.pick(sourceTowns);
    add({
      role: 'recruitment_agent',
      nationality: town.country,
      sex: rng.chance(0.5) ? 'F' : 'M',
      age: ageOf(rng, 25, 60),
      homeTown: town.idx,
      town: town.idx,
      site: -1,
      group: -1,
    });
  }

  // Brokers who supply several sites are key figures.
  for (const g of groups) {
    const brokers = g.members.filter((i) => members[i]?.role === 'broker');
    if (g.sites.length > 1) for (const b of brokers) g.keyFigures.push(b);
  }

  // The people exploited at each criminal site, and the labour-rights cases at the others.
  for (const site of sites) {
    const g = groups[site.group];
    const span = Math.max(1, endDay - startDay - 30);
    if (g) {
      const route = geo.routes.find((r) => r.id === g.routeId);
      const source = route?.stops[0] ?? site.townIdx;
      const nat = geo.towns[source]?.country ?? 'MM';
      const [lo, hi] = VICTIMS_PER_SITE[site.kind];
      const scale = preset.victimScale;
      const count = Math.max(1, Math.round(rng.int(lo, hi) * scale));
      const recruiters = g.members.filter((i) => members[i]?.role === 'recruiter');
      const transporters = g.members.filter((i) => members[i]?.role === 'transporter');
      for (let k = 0; k < count; k++) {
        const child = site.children && rng.chance(0.35);
        const sex: Sex =
          site.exploitation === 'sexual'
            ? rng.chance(0.92)
              ? 'F'
              : 'M'
            : site.kind === 'domestic_household'
              ? 'F'
              : rng.chance(site.kind === 'fishing_vessel' ? 0.03 : 0.4)
                ? 'F'
                : 'M';
        const person = add({
          role: 'victim',
          nationality: nat,
          sex,
          age: child ? rng.int(13, 17) : rng.int(18, 40),
          homeTown: source,
          town: site.townIdx,
          site: site.idx,
          group: -1,
        });
        const recruitedOn = startDay + rng.int(0, span);
        const status: VictimStatus = 'trafficked';
        victims.push({
          person,
          status,
          exploitation: site.exploitation,
          site: site.idx,
          recruiter: rng.pick(recruiters.length > 0 ? recruiters : [g.boss]),
          transporter: rng.pick(transporters.length > 0 ? transporters : [g.boss]),
          routeId: g.routeId,
          recruitedOn,
          arrivedOn: recruitedOn + rng.int(2, 12),
          indicators: indicatorsFor(rng, status, child, {
            severe: site.severity === 'severe',
            prefer: site.hallmarks,
          }),
          child,
        });
        site.workers.push(person);
      }
    } else if (site.severity === 'labour_rights') {
      const count = rng.int(2, preset.name === 'demo' ? 5 : 12);
      const town = geo.towns[site.townIdx];
      for (let k = 0; k < count; k++) {
        const nat: Nationality =
          town?.country === 'TH'
            ? rng.weighted<Nationality>(['MM', 'KH', 'LA', 'TH'], [45, 25, 15, 15])
            : (town?.country ?? 'TH');
        const person = add({
          role: 'migrant',
          nationality: nat,
          sex: rng.chance(0.4) ? 'F' : 'M',
          age: rng.int(18, 50),
          homeTown: site.townIdx,
          town: site.townIdx,
          site: site.idx,
          group: -1,
        });
        victims.push({
          person,
          status: 'exploited_not_trafficked',
          exploitation: 'labour',
          site: site.idx,
          recruiter: -1,
          transporter: -1,
          routeId: '',
          recruitedOn: startDay - rng.int(30, 600),
          arrivedOn: startDay - rng.int(0, 29),
          indicators: indicatorsFor(rng, 'exploited_not_trafficked', false),
          child: false,
        });
        site.workers.push(person);
      }
    }
  }
  return { sites, groups, members, victims };
}
