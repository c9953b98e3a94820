// The case-level export of identified victims in the CTDC format (the Counter Trafficking Data Collaborative's
// k-anonymised "Global Synthetic Dataset" columns, codebook v2024; /work/shared/data/ctdc), k-anonymised.
//
// Only quasi-identifiers leave: the year the case was opened, gender, age band, citizenship, country of
// exploitation and the type of exploitation (the HTCDS 2.0 fields they come from: cas_ opening date, prs_Gender,
// vic_AgeWhenTrafficked, prs_Citizenship, the place of the operation, vic_TypeOfExploitation). No case id, no
// date, no agency; rows sorted by their values, so their order says nothing about when a case was opened.
// Every combination of values (an equivalence class) is shared by at least k rows: the attributes are generalised
// one step at a time (the step that leaves the fewest rows in classes below k, least useful attribute first on a
// tie) until at most `maxDropShare` of the rows (10% by default) remain in small classes; then each attribute is
// given back its detail where that keeps within the allowance; the rows still in small classes are dropped
// (dropping a few rare records keeps far more detail than generalising everyone to fit them).

export interface CaseRecord {
  /** Year the case was opened. */
  year: number;
  /** As recorded: female, male, other, undisclosed, or null. */
  sex: string | null;
  age: number | null;
  child: boolean;
  /** ISO 3166-1 alpha-2, or null. */
  nationality: string | null;
  /** labour, sexual, forced_criminality, begging, …, or null. */
  exploitation: string | null;
  /** ISO 3166-1 alpha-2 of where the person was exploited (the operation's place), or null. */
  countryOfExploitation: string | null;
}

type Row = Record<Attribute, string>;
const ATTRIBUTES = [
  'yearOfRegistration',
  'gender',
  'ageBroad',
  'citizenship',
  'CountryOfExploitation',
  'typeOfExploitation',
] as const;
type Attribute = (typeof ATTRIBUTES)[number];

/** ISO 3166-1 alpha-2 to alpha-3 for the countries met in the region's cases. */
const ALPHA3: Record<string, string> = {
  TH: 'THA',
  KH: 'KHM',
  LA: 'LAO',
  MM: 'MMR',
  VN: 'VNM',
  CN: 'CHN',
  MY: 'MYS',
  ID: 'IDN',
  PH: 'PHL',
  BD: 'BGD',
  IN: 'IND',
  NP: 'NPL',
  LK: 'LKA',
  SG: 'SGP',
};
const alpha3 = (c: string | null) => (c ? (ALPHA3[c] ?? c) : '');

const BANDS: [number, string][] = [
  [8, '0—8'],
  [17, '9—17'],
  [20, '18—20'],
  [23, '21—23'],
  [26, '24—26'],
  [29, '27—29'],
  [38, '30—38'],
  [47, '39—47'],
];
const ageBand = (age: number) => BANDS.find(([max]) => age <= max)?.[1] ?? '48+';

/** Each attribute's generalisation steps, finest first; the last always gives nothing (blank, NULL in CTDC). */
const LADDERS: Record<Attribute, { words: string; level: (r: CaseRecord) => string }[]> = {
  yearOfRegistration: [
    { words: 'year', level: (r) => String(r.year) },
    { words: 'five-year span', level: (r) => `${r.year - (r.year % 5)}—${r.year - (r.year % 5) + 4}` },
    { words: 'left blank', level: () => '' },
  ],
  gender: [
    { words: 'as recorded', level: (r) => GENDER[r.sex ?? ''] ?? '' },
    { words: 'left blank', level: () => '' },
  ],
  ageBroad: [
    { words: 'CTDC age bands', level: (r) => (r.age !== null ? ageBand(r.age) : r.child ? '0—17' : '') },
    { words: 'under 18, 18—29, 30 and over', level: (r) => broad(r) },
    {
      words: 'under 18 or 18 and over',
      level: (r) => (r.age !== null ? (r.age < 18 ? '0—17' : '18+') : r.child ? '0—17' : ''),
    },
    { words: 'left blank', level: () => '' },
  ],
  citizenship: [
    { words: 'country', level: (r) => alpha3(r.nationality) },
    { words: 'left blank', level: () => '' },
  ],
  CountryOfExploitation: [
    { words: 'country', level: (r) => alpha3(r.countryOfExploitation) },
    { words: 'left blank', level: () => '' },
  ],
  typeOfExploitation: [
    { words: 'forced labour, sexual or other', level: (r) => TYPE[r.exploitation ?? ''] ?? '' },
    { words: 'left blank', level: () => '' },
  ],
};
const GENDER: Record<string, string> = {
  female: 'Woman',
  male: 'Man',
  other: 'Trans/Transgender/NonConforming',
};
const TYPE: Record<string, string> = {
  labour: 'labour',
  domestic_servitude: 'labour',
  begging: 'labour',
  sexual: 'sexual',
  forced_criminality: 'other',
  forced_marriage: 'other',
  other: 'other',
};
function broad(r: CaseRecord): string {
  if (r.age === null) return r.child ? '0—17' : '';
  return r.age < 18 ? '0—17' : r.age < 30 ? '18—29' : '30+';
}

/** The order in which ties are broken: the attribute least useful to readers is generalised first. */
const TIE_ORDER: Attribute[] = [
  'CountryOfExploitation',
  'yearOfRegistration',
  'citizenship',
  'ageBroad',
  'gender',
  'typeOfExploitation',
];

export interface CaseExport {
  k: number;
  columns: string[];
  rows: string[][];
  report: {
    records: number;
    exported: number;
    dropped: number;
    /** Each attribute's level, in words. */
    generalised: { attribute: string; as: string }[];
    /** The smallest equivalence class among the exported rows (0 when none). */
    smallestClass: number;
    words: string[];
  };
}

const COLUMNS = [
  'yearOfRegistration',
  'gender',
  'ageBroad',
  'citizenship',
  'CountryOfExploitation',
  'isForcedLabour',
  'isSexualExploit',
  'isOtherExploit',
];

function classes(records: readonly CaseRecord[], levels: Record<Attribute, number>): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const r of records) {
    const row = Object.fromEntries(ATTRIBUTES.map((a) => [a, LADDERS[a][levels[a]]?.level(r) ?? ''])) as Row;
    const key = JSON.stringify(ATTRIBUTES.map((a) => row[a]));
    const list = out.get(key);
    if (list) list.push(row);
    else out.set(key, [row]);
  }
  return out;
}

const droppedAt = (cs: Map<string, Row[]>, k: number) =>
  [...cs.values()].reduce((s, rows) => s + (rows.length < k ? rows.length : 0), 0);

/** The k-anonymised export (see the top of this file). */
export function exportCases(
  records: readonly CaseRecord[],
  opts: { k?: number; maxDropShare?: number } = {},
): CaseExport {
  const k = opts.k ?? 11;
  const maxDrop = Math.floor(records.length * (opts.maxDropShare ?? 0.1));
  const levels = Object.fromEntries(ATTRIBUTES.map((a) => [a, 0])) as Record<Attribute, number>;
  let current = classes(records, levels);
  while (droppedAt(current, k) > maxDrop) {
    let best: { a: Attribute; cs: Map<string, Row[]>; dropped: number } | null = null;
    for (const a of TIE_ORDER) {
      if (levels[a] >= LADDERS[a].length - 1) continue;
      const cs = classes(records, { ...levels, [a]: levels[a] + 1 });
      const dropped = droppedAt(cs, k);
      if (!best || dropped < best.dropped) best = { a, cs, dropped };
    }
    if (!best) break;
    levels[best.a]++;
    current = best.cs;
  }
  // Then give back what was generalised for nothing: lower each attribute again (most useful first) while the
  // rows in small classes stay within the allowance.
  for (let changed = true; changed; ) {
    changed = false;
    for (const a of [...TIE_ORDER].reverse()) {
      while (levels[a] > 0) {
        const cs = classes(records, { ...levels, [a]: levels[a] - 1 });
        if (droppedAt(cs, k) > Math.max(maxDrop, droppedAt(current, k))) break;
        levels[a]--;
        current = cs;
        changed = true;
      }
    }
  }
  const kept = [...current.values()].filter((rows) => rows.length >= k);
  const rows = kept
    .flat()
    .map((r) => [
      r.yearOfRegistration,
      r.gender,
      r.ageBroad,
      r.citizenship,
      r.CountryOfExploitation,
      r.typeOfExploitation === 'labour' ? '1' : '',
      r.typeOfExploitation === 'sexual' ? '1' : '',
      r.typeOfExploitation === 'other' ? '1' : '',
    ])
    .sort((x, y) => x.join('\u0000').localeCompare(y.join('\u0000')));
  const exported = rows.length;
  const generalised = ATTRIBUTES.map((a) => ({ attribute: a, as: LADDERS[a][levels[a]]?.words ?? '' }));
  const words = [
    `${records.length} identified victims; ${exported} exported, ${records.length - exported} dropped because fewer than ${k} shared their combination of values.`,
    `Generalised: ${generalised.map((g) => `${g.attribute} as ${g.as}`).join('; ')}.`,
    'A blank means not recorded or generalised away. No case id, date, agency or name; rows are in the order of their values.',
  ];
  if (exported === 0)
    words.push(`Nothing could be exported: fewer than ${k} cases share any combination of values.`);
  return {
    k,
    columns: COLUMNS,
    rows,
    report: {
      records: records.length,
      exported,
      dropped: records.length - exported,
      generalised,
      smallestClass: kept.length ? Math.min(...kept.map((c) => c.length)) : 0,
      words,
    },
  };
}

/** Comma-separated values, quoted where needed; a cell starting with =, +, - or @ is prefixed so no spreadsheet runs it. */
export function toCsv(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (v: string) => {
    const safe = /^[=+\-@]/.test(v) ? `'${v}` : v;
    return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  return `${[columns, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
