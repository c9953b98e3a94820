import { describe, expect, it } from 'vitest';
import {
  COUNTRIES,
  COUNTRY_CODES,
  type CountryCode,
  CROSSING_KINDS,
  CROSSINGS,
  countryByCode,
  distanceKm,
  ROUTES,
  SECTORS,
  TOWN_TAGS,
  TOWNS,
  townById,
} from './index.ts';

const townIds = new Set<string>(TOWNS.map((t) => t.id));
const crossingIds = new Set<string>(CROSSINGS.map((c) => c.id));

function decimals(x: number): number {
  const s = String(x);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

describe('ids', () => {
  it('are unique within and across towns, crossings and routes', () => {
    const all = [...TOWNS.map((t) => t.id), ...CROSSINGS.map((c) => c.id), ...ROUTES.map((r) => r.id)];
    expect(new Set(all).size).toBe(all.length);
  });

  it('are lower-case slugs; town ids start with their country code', () => {
    for (const id of [...townIds, ...crossingIds, ...ROUTES.map((r) => r.id)])
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const t of TOWNS) expect(t.id.startsWith(`${t.country.toLowerCase()}-`), t.id).toBe(true);
  });
});

describe('countries', () => {
  it('lists the six COMMIT countries with their codes', () => {
    expect(COUNTRIES.map((c) => c.code)).toEqual([...COUNTRY_CODES]);
    const expected: Record<CountryCode, [number, string, string, string]> = {
      TH: [66, 'THB', 'Asia/Bangkok', 'th'],
      KH: [855, 'KHR', 'Asia/Phnom_Penh', 'km'],
      LA: [856, 'LAK', 'Asia/Vientiane', 'lo'],
      MM: [95, 'MMK', 'Asia/Yangon', 'my'],
      VN: [84, 'VND', 'Asia/Ho_Chi_Minh', 'vi'],
      CN: [86, 'CNY', 'Asia/Shanghai', 'zh'],
    };
    for (const c of COUNTRIES) {
      expect(c.iso2).toBe(c.code);
      expect([c.callingCode, c.currency, c.timeZone, c.languages[0]]).toEqual(expected[c.code]);
      for (const lang of c.languages) expect(lang).toMatch(/^[a-z]{2,3}$/);
    }
  });

  it('time zones are ones the runtime knows', () => {
    for (const c of COUNTRIES)
      expect(() => new Intl.DateTimeFormat('en', { timeZone: c.timeZone })).not.toThrow();
  });
});

describe('towns', () => {
  it('each country has 12–30 towns, with source and destination towns among them', () => {
    for (const code of COUNTRY_CODES) {
      const towns = TOWNS.filter((t) => t.country === code);
      expect(towns.length, code).toBeGreaterThanOrEqual(12);
      expect(towns.length, code).toBeLessThanOrEqual(30);
      expect(
        towns.some((t) => t.tags.includes('source')),
        `${code} source`,
      ).toBe(true);
      expect(
        towns.some((t) => t.tags.includes('destination')),
        `${code} destination`,
      ).toBe(true);
    }
  });

  it('lie inside the bounding box of their country', () => {
    for (const t of TOWNS) {
      const b = countryByCode(t.country).bounds;
      expect(t.lat >= b.minLat && t.lat <= b.maxLat && t.lon >= b.minLon && t.lon <= b.maxLon, t.id).toBe(
        true,
      );
    }
  });

  it('give coordinates to at most 4 decimals, and known tags only', () => {
    for (const t of TOWNS) {
      expect(decimals(t.lat), t.id).toBeLessThanOrEqual(4);
      expect(decimals(t.lon), t.id).toBeLessThanOrEqual(4);
      expect(t.tags.length, t.id).toBeGreaterThan(0);
      expect(new Set(t.tags).size, t.id).toBe(t.tags.length);
      for (const tag of t.tags) expect(TOWN_TAGS, t.id).toContain(tag);
      expect(t.name.trim()).toBe(t.name);
      expect(t.province.length, t.id).toBeGreaterThan(0);
    }
  });

  it('do not sit on top of one another', () => {
    for (const a of TOWNS)
      for (const b of TOWNS)
        if (a.id < b.id) expect(distanceKm(a, b), `${a.id} ${b.id}`).toBeGreaterThan(0.5);
  });

  it('write native names in the right script', () => {
    const scripts: Record<CountryCode, RegExp> = {
      TH: /^[\p{Script=Thai} ]+$/u,
      LA: /^[\p{Script=Lao} ]+$/u,
      KH: /^[\p{Script=Khmer} ]+$/u,
      MM: /^[\p{Script=Myanmar} ]+$/u,
      CN: /^\p{Script=Han}+$/u,
      VN: /^[\p{Script=Latin}\p{M} ]+$/u,
    };
    for (const t of TOWNS) {
      expect(t.nativeName, t.id).toBeDefined();
      expect(t.nativeName, t.id).toMatch(scripts[t.country]);
    }
    // Vietnamese: Latin with diacritics, which most names carry.
    const vietnamese = TOWNS.filter((t) => t.country === 'VN');
    const marked = vietnamese.filter((t) => /[^\x20-\x7e]/.test(t.nativeName ?? ''));
    expect(marked.length / vietnamese.length).toBeGreaterThan(0.8);
  });

  it('include the places the region’s case work keeps returning to', () => {
    const required = [
      ...[
        'bangkok',
        'samut-sakhon',
        'samut-prakan',
        'songkhla',
        'pattani',
        'ranong',
        'chiang-rai',
        'mae-sai',
      ],
      ...[
        'chiang-mai',
        'mae-sot',
        'kanchanaburi',
        'aranyaprathet',
        'nong-khai',
        'mukdahan',
        'pattaya',
        'phuket',
      ],
      ...['khlong-yai', 'sadao'],
    ].map((s) => `th-${s}`);
    required.push(
      ...[
        'phnom-penh',
        'poipet',
        'sihanoukville',
        'bavet',
        'koh-kong',
        'battambang',
        'siem-reap',
        'prey-veng',
      ]
        .concat(['svay-rieng', 'kampong-cham', 'o-smach'])
        .map((s) => `kh-${s}`),
      ...['vientiane', 'savannakhet', 'pakse', 'luang-prabang', 'boten', 'golden-triangle-sez', 'huay-xai']
        .concat(['champasak'])
        .map((s) => `la-${s}`),
      ...[
        'yangon',
        'mandalay',
        'myawaddy',
        'shwe-kokko',
        'tachileik',
        'kawthaung',
        'muse',
        'mawlamyine',
        'dawei',
      ]
        .concat(['lashio', 'hpa-an', 'bago'])
        .map((s) => `mm-${s}`),
      ...[
        'hanoi',
        'ho-chi-minh-city',
        'lao-cai',
        'mong-cai',
        'lang-son',
        'vinh',
        'ha-tinh',
        'thanh-hoa',
        'ha-giang',
      ]
        .concat(['hai-phong', 'can-tho', 'tay-ninh', 'moc-bai'])
        .map((s) => `vn-${s}`),
      ...['kunming', 'ruili', 'jinghong', 'mohan', 'hekou', 'pingxiang', 'dongxing', 'nanning', 'guangzhou']
        .concat(['shenzhen'])
        .map((s) => `cn-${s}`),
    );
    for (const id of required) expect(townIds.has(id), id).toBe(true);
  });

  it('mark one national capital in each country except China, whose capital lies outside the region', () => {
    for (const code of COUNTRY_CODES) {
      const capitals = TOWNS.filter((t) => t.country === code && t.tags.includes('capital'));
      expect(capitals.length, code).toBe(code === 'CN' ? 0 : 1);
    }
  });
});

describe('crossings', () => {
  it('join towns of their two (different) countries, each within 60 km of the crossing point', () => {
    for (const c of CROSSINGS) {
      const from = townById(c.from);
      const to = townById(c.to);
      expect(from, c.id).toBeDefined();
      expect(to, c.id).toBeDefined();
      if (!from || !to) continue;
      expect(c.countries[0], c.id).not.toBe(c.countries[1]);
      expect([from.country, to.country], c.id).toEqual([...c.countries]);
      expect(distanceKm(from, c), `${c.id} from`).toBeLessThan(60);
      expect(distanceKm(to, c), `${c.id} to`).toBeLessThan(60);
      expect(CROSSING_KINDS).toContain(c.kind);
      expect(decimals(c.lat) <= 4 && decimals(c.lon) <= 4, c.id).toBe(true);
    }
  });

  it('include the main checkpoints and some informal crossings', () => {
    const pairs = new Set(CROSSINGS.filter((c) => !c.informal).map((c) => [c.from, c.to].sort().join(' ')));
    const required: [string, string][] = [
      ['th-mae-sot', 'mm-myawaddy'],
      ['th-mae-sai', 'mm-tachileik'],
      ['th-ranong', 'mm-kawthaung'],
      ['th-aranyaprathet', 'kh-poipet'],
      ['th-khlong-yai', 'kh-koh-kong'],
      ['th-nong-khai', 'la-vientiane'],
      ['th-mukdahan', 'la-savannakhet'],
      ['th-chiang-khong', 'la-huay-xai'],
      ['la-boten', 'cn-mohan'],
      ['vn-lao-cai', 'cn-hekou'],
      ['mm-muse', 'cn-ruili'],
      ['kh-bavet', 'vn-moc-bai'],
      ['vn-mong-cai', 'cn-dongxing'],
      ['vn-lang-son', 'cn-pingxiang'],
      ['th-chong-chom', 'kh-o-smach'],
      ['th-nakhon-phanom', 'la-thakhek'],
      ['th-chong-mek', 'la-pakse'],
    ];
    for (const pair of required) expect(pairs.has(pair.sort().join(' ')), pair.join(' ')).toBe(true);
    expect(CROSSINGS.filter((c) => c.informal).length).toBeGreaterThanOrEqual(5);
  });
});

describe('routes', () => {
  it('run through known towns, crossing borders only where one of their crossings joins the two stops', () => {
    for (const r of ROUTES) {
      expect(r.stops.length, r.id).toBeGreaterThanOrEqual(2);
      for (const s of r.stops) expect(townIds.has(s), `${r.id} ${s}`).toBe(true);
      for (const x of r.crossings) expect(crossingIds.has(x), `${r.id} ${x}`).toBe(true);
      const used = new Set<string>();
      for (let i = 1; i < r.stops.length; i++) {
        const a = townById(r.stops[i - 1] ?? '');
        const b = townById(r.stops[i] ?? '');
        if (!a || !b) continue;
        expect(a.id, r.id).not.toBe(b.id);
        if (a.country === b.country) continue;
        const links = CROSSINGS.filter(
          (c) =>
            r.crossings.includes(c.id) && [c.from, c.to].sort().join(' ') === [a.id, b.id].sort().join(' '),
        );
        expect(links.length, `${r.id}: ${a.id} → ${b.id}`).toBeGreaterThan(0);
        for (const c of links) used.add(c.id);
      }
      // Every crossing a route names is one it actually uses.
      expect([...used].sort(), r.id).toEqual([...r.crossings].sort());
    }
  });

  it('name known sectors and carry a positive weight', () => {
    for (const r of ROUTES) {
      expect(r.sectors.length, r.id).toBeGreaterThan(0);
      expect(new Set(r.sectors).size, r.id).toBe(r.sectors.length);
      for (const s of r.sectors) expect(SECTORS, r.id).toContain(s);
      expect(Number.isFinite(r.weight) && r.weight > 0, r.id).toBe(true);
    }
    // Every sector turns up somewhere, and every country takes part in some route.
    expect(new Set(ROUTES.flatMap((r) => [...r.sectors]))).toEqual(new Set(SECTORS));
    const countries = new Set(ROUTES.flatMap((r) => r.stops.map((s) => townById(s)?.country)));
    expect(countries).toEqual(new Set(COUNTRY_CODES));
  });

  it('start at a source town and end at a destination or special zone', () => {
    for (const r of ROUTES) {
      const first = townById(r.stops[0] ?? '');
      const last = townById(r.stops[r.stops.length - 1] ?? '');
      expect(
        first?.tags.some((t) => t === 'source' || t === 'capital' || t === 'transit'),
        r.id,
      ).toBe(true);
      expect(
        last?.tags.some((t) => ['destination', 'sez', 'industrial', 'port', 'entertainment'].includes(t)),
        r.id,
      ).toBe(true);
    }
  });
});
