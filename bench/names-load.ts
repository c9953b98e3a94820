import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { looksVietnamese } from '../src/intel/names/vietnamese.ts';
import { parseCsvLine } from '../src/world/csv-parse.ts';

// What the names benchmark loads from a generated world: the records naming a person, with the script each
// name is written in and the person the world's truth says it names.

/** Scripts a query is written in; Vietnamese is Latin with the letters or tone marks only Vietnamese uses. */
export type QueryScript =
  | 'thai'
  | 'lao'
  | 'khmer'
  | 'burmese'
  | 'zawgyi'
  | 'vietnamese'
  | 'chinese'
  | 'latin';

export function scriptOfName(name: string): QueryScript {
  if (/[\u0E00-\u0E7F]/.test(name)) return 'thai';
  if (/[\u0E80-\u0EFF]/.test(name)) return 'lao';
  if (/[\u1780-\u17FF]/.test(name)) return 'khmer';
  if (/[\u1000-\u109F]/.test(name)) return 'burmese';
  if (/[\u3400-\u9FFF]/.test(name)) return 'chinese';
  if (looksVietnamese(name)) return 'vietnamese';
  return 'latin';
}

export interface NameRecord {
  /** Which file and row it came from, and whose name it is in the world's truth. */
  source: string;
  person: string;
  name: string;
  script: QueryScript;
  entityId: string;
}

async function lines(path: string): Promise<string[]> {
  return (await readFile(path, 'utf8')).split('\n').filter((l) => l.length > 0);
}

/** Rows of a CSV file as objects keyed by its header. */
export async function csvRows(path: string): Promise<Record<string, string>[]> {
  const [head, ...rest] = await lines(path);
  const cols = parseCsvLine(head ?? '');
  return rest.map((l) => {
    const v = parseCsvLine(l);
    return Object.fromEntries(cols.map((c, i) => [c, v[i] ?? '']));
  });
}

/** What the world's truth says of each row of its files, by file and id. */
export async function truthOf(dir: string): Promise<Map<string, Record<string, unknown>>> {
  const truth = new Map<string, Record<string, unknown>>();
  for (const l of await lines(join(dir, 'truth', 'records.jsonl'))) {
    const r = JSON.parse(l) as Record<string, unknown>;
    truth.set(`${r.file}:${r.id}`, r);
  }
  return truth;
}

/** The records of a generated world that name a person, each with the person it names. */
export async function namedRecords(
  dir: string,
  truth: Map<string, Record<string, unknown>>,
): Promise<Omit<NameRecord, 'entityId' | 'script'>[]> {
  const out: Omit<NameRecord, 'entityId' | 'script'>[] = [];
  const add = (file: string, id: string, field: string, name: string, person: unknown) => {
    if (name.trim() && typeof person === 'string')
      out.push({ source: `${file}:${id}:${field}`, person, name });
  };
  for (const r of await csvRows(join(dir, 'subscribers.csv'))) {
    const id = r.subscriber_id ?? '';
    add(
      'subscribers',
      id,
      'registered_name',
      r.registered_name ?? '',
      truth.get(`subscribers.csv:${id}`)?.person,
    );
  }
  for (const r of await csvRows(join(dir, 'transfers.csv'))) {
    const id = r.transfer_id ?? '';
    const t = truth.get(`transfers.csv:${id}`);
    if (!t) continue; // only the world's own transfers say who sent and received them
    add('transfers', id, 'from_name', r.from_name ?? '', t.person);
    add('transfers', id, 'to_name', r.to_name ?? '', t.to);
  }
  for (const r of await csvRows(join(dir, 'crossings.csv'))) {
    const id = r.crossing_id ?? '';
    add('crossings', id, 'traveller_name', r.traveller_name ?? '', truth.get(`crossings.csv:${id}`)?.person);
  }
  for (const r of await csvRows(join(dir, 'businesses.csv'))) {
    const id = r.registration_no ?? '';
    add('businesses', id, 'owner_name', r.owner_name ?? '', truth.get(`businesses.csv:${id}`)?.person);
  }
  return out;
}
