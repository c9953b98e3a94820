import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBirthDate } from '../src/intel/resolution/dates.ts';
import type { PersonRecord } from '../src/intel/resolution/types.ts';

// Reference data for the resolution benchmark (files under ../shared/data, licences in their SOURCE.md):
// FEBRL (ANU Open Source Licence 1.3) and Splink's fake_1000 (MIT).

export const DATA =
  process.env.LANTERN_REFERENCE_DATA ?? join(import.meta.dirname, '..', '..', 'shared', 'data');

export interface Labelled {
  records: PersonRecord[];
  /** Record id → the true entity. */
  truth: Map<string, string>;
  /** Dates of birth that are no real date (FEBRL corrupts some): left out, counted. */
  badDates: number;
}

function lines(file: string): string[][] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split(',').map((f) => f.trim()));
}

/** A FEBRL file: rec-N-org / rec-N-dup-K share the entity N. */
export function febrl(
  file: string,
  source: string,
  into: Labelled = { records: [], truth: new Map(), badDates: 0 },
): Labelled {
  const [header, ...rows] = lines(join(DATA, 'febrl', file));
  const col = (name: string) => (header ?? []).indexOf(name);
  const c = {
    id: col('rec_id'),
    given: col('given_name'),
    surname: col('surname'),
    no: col('street_number'),
    a1: col('address_1'),
    a2: col('address_2'),
    suburb: col('suburb'),
    postcode: col('postcode'),
    dob: col('date_of_birth'),
    ssn: col('soc_sec_id'),
  };
  for (const r of rows) {
    const f = (i: number) => r[i] ?? '';
    const id = `${source}:${f(c.id)}`;
    let dob: string | null = f(c.dob);
    if (dob !== '' && !parseBirthDate(dob)) {
      into.badDates++;
      dob = null;
    }
    const name = `${f(c.given)} ${f(c.surname)}`.trim() || '?';
    into.records.push({
      id,
      name,
      birthDate: dob,
      documents: f(c.ssn) ? [f(c.ssn)] : [],
      places: [`${f(c.no)} ${f(c.a1)}`.trim(), f(c.a2), f(c.suburb), f(c.postcode)].filter(Boolean),
      source,
    });
    into.truth.set(id, (/^rec-(\d+)/.exec(f(c.id)) ?? [])[1] ?? id);
  }
  return into;
}

/** Splink's fake_1000: first and last name, date of birth, city, e-mail; `cluster` is the truth. */
export function fake1000(): Labelled & { labels: { a: string; b: string; same: boolean }[] } {
  const [header, ...rows] = lines(join(DATA, 'splink_datasets', 'fake_1000.csv'));
  const col = (name: string) => (header ?? []).indexOf(name);
  const out: Labelled = { records: [], truth: new Map(), badDates: 0 };
  for (const r of rows) {
    const f = (n: string) => r[col(n)] ?? '';
    let dob: string | null = f('dob');
    if (dob !== '' && !parseBirthDate(dob)) {
      out.badDates++;
      dob = null;
    }
    out.records.push({
      id: f('unique_id'),
      name: `${f('first_name')} ${f('surname')}`.trim() || '?',
      birthDate: dob,
      accounts: f('email') ? [f('email')] : [],
      places: f('city') ? [f('city')] : [],
    });
    out.truth.set(f('unique_id'), f('cluster'));
  }
  const [, ...labelRows] = lines(join(DATA, 'splink_datasets', 'fake_1000_labels.csv'));
  const labels = labelRows.map((r) => ({ a: r[0] ?? '', b: r[2] ?? '', same: Number(r[4]) >= 0.5 }));
  return { ...out, labels };
}

/**
 * Pairwise scores: the predicted pairs are all pairs of records put in one cluster, the true pairs all pairs of
 * records of one entity (in linking, only pairs across the two sources count on both sides).
 * precision = |predicted ∩ true| / |predicted|, recall = |predicted ∩ true| / |true|, F1 their harmonic mean.
 */
export function pairwiseF1(
  clusterOf: Map<string, string>,
  truth: Map<string, string>,
  sourceOf?: (id: string) => string,
): { precision: number; recall: number; f1: number; predicted: number; true: number; truePositive: number } {
  const count = (groups: Map<string, string[]>, both?: (a: string, b: string) => boolean) => {
    let n = 0;
    for (const g of groups.values()) {
      if (!sourceOf) n += (g.length * (g.length - 1)) / 2;
      else
        for (let x = 0; x < g.length; x++)
          for (let y = x + 1; y < g.length; y++)
            if (
              sourceOf(g[x] as string) !== sourceOf(g[y] as string) &&
              (!both || both(g[x] as string, g[y] as string))
            )
              n++;
      if (both && !sourceOf) {
        n -= (g.length * (g.length - 1)) / 2;
        for (let x = 0; x < g.length; x++)
          for (let y = x + 1; y < g.length; y++) if (both(g[x] as string, g[y] as string)) n++;
      }
    }
    return n;
  };
  const group = (m: Map<string, string>) => {
    const g = new Map<string, string[]>();
    for (const [id, c] of m) {
      const list = g.get(c);
      if (list) list.push(id);
      else g.set(c, [id]);
    }
    return g;
  };
  const predicted = count(group(clusterOf));
  const trueCount = count(group(truth));
  const tp = count(group(clusterOf), (a, b) => truth.get(a) === truth.get(b));
  const precision = predicted ? tp / predicted : 1;
  const recall = trueCount ? tp / trueCount : 1;
  const r4 = (x: number) => Math.round(x * 10000) / 10000;
  return {
    precision: r4(precision),
    recall: r4(recall),
    f1: r4(precision + recall ? (2 * precision * recall) / (precision + recall) : 0),
    predicted,
    true: trueCount,
    truePositive: tp,
  };
}
